// @vitest-environment happy-dom
import { createShapeId, createTLStore, defaultBindingUtils, defaultShapeUtils, Editor, type TLShapeId } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { acceptSuggestions } from './acceptSuggestions.ts'

function newEditor() {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
  return new Editor({
    store,
    shapeUtils: defaultShapeUtils,
    bindingUtils: defaultBindingUtils,
    tools: [],
    getContainer: () => document.body,
  })
}

describe('acceptSuggestions', () => {
  it('makes one titled frame per group and moves the notes into it', () => {
    const editor = newEditor()
    const ids = ['a', 'b', 'c'].map((name, i) => {
      const id = createShapeId(name)
      editor.createShape({ id, type: 'note', x: i * 300, y: 0 })
      return id
    })
    const frames = acceptSuggestions(editor, [
      { title: ' Schools ', ids: [ids[0], ids[1]] },
      { title: '', ids: [ids[2]] },
    ])
    expect(frames).toHaveLength(2)
    expect(frames.map((id) => (editor.getShape(id)!.props as { name: string }).name)).toEqual([
      'Schools',
      'Untitled cluster',
    ])
    expect(editor.getShape(ids[0])!.parentId).toBe(frames[0])
    expect(editor.getShape(ids[1])!.parentId).toBe(frames[0])
    expect(editor.getShape(ids[2])!.parentId).toBe(frames[1])
    // Beside everything already on the page, never on top of it.
    expect(editor.getShape(frames[0])!.x).toBeGreaterThan(600)
  })

  it('is one undoable step, and skips ids that are not notes', () => {
    const editor = newEditor()
    const note = createShapeId('n')
    editor.createShape({ id: note, type: 'note', x: 0, y: 0 })
    editor.createShape({ id: createShapeId('g'), type: 'geo', x: 400, y: 0 })
    const frames = acceptSuggestions(editor, [
      { title: 'Mixed', ids: [note, 'shape:g', 'shape:missing'] },
      { title: 'Empty', ids: ['shape:g'] },
    ])
    expect(frames).toHaveLength(1)
    expect(editor.getSortedChildIdsForParent(frames[0])).toEqual([note])
    editor.undo()
    expect(editor.getShape(frames[0] as TLShapeId)).toBeUndefined()
    expect(editor.getShape(note)!.parentId).toBe(editor.getCurrentPageId())
  })
})
