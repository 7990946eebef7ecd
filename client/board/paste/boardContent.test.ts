import type { TLContent, TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { MAX_IDEA_CHARS } from '../../../shared/board/limits.ts'
import { keepBoardShapes, MAX_PASTED_IDEAS, pastedLines } from './boardContent.ts'

describe('pasted lines', () => {
  it('makes one idea per non-empty line, trimmed, whatever the line endings', () => {
    expect(pastedLines('Night buses\r\n\n   Youth clubs  \rMentors\n\n')).toEqual({
      texts: ['Night buses', 'Youth clubs', 'Mentors'],
      cut: 0,
      leftOut: 0,
    })
    expect(pastedLines(' \n\t\n').texts).toEqual([])
  })
  it('cuts a line at the idea cap and leaves out lines past the most one paste makes', () => {
    const long = pastedLines('x'.repeat(MAX_IDEA_CHARS + 1))
    expect(long.texts[0]).toHaveLength(MAX_IDEA_CHARS)
    expect(long.cut).toBe(1)
    const many = pastedLines(Array.from({ length: MAX_PASTED_IDEAS + 7 }, (_, i) => `idea ${i}`).join('\n'))
    expect(many.texts).toHaveLength(MAX_PASTED_IDEAS)
    expect(many.leftOut).toBe(7)
  })
})

const shape = (id: string, type: string, parentId = 'page:page') => ({ id, type, parentId }) as unknown as TLShape
const content = (shapes: TLShape[]): TLContent => ({
  shapes,
  rootShapeIds: shapes.filter((s) => !shapes.some((p) => p.id === s.parentId)).map((s) => s.id),
  bindings: [],
  assets: [{ id: 'asset:img' } as never],
  schema: {} as never,
})

describe('pasted tldraw content', () => {
  it('keeps ideas, clusters, case cards and groups of them, and counts what it leaves out', () => {
    const kept = keepBoardShapes(
      content([
        shape('shape:frame', 'frame'),
        shape('shape:idea', 'note', 'shape:frame'),
        shape('shape:label', 'text', 'shape:frame'),
        shape('shape:card', 'case-card'),
        shape('shape:box', 'geo'),
        shape('shape:inBox', 'note', 'shape:box'), // a note inside something left out goes with it
        shape('shape:group', 'group'),
        shape('shape:grouped', 'note', 'shape:group'),
        shape('shape:drawings', 'group'),
        shape('shape:scribble', 'draw', 'shape:drawings'),
        shape('shape:image', 'image'),
      ]),
    )
    expect(kept.content?.shapes.map((s) => s.id)).toEqual([
      'shape:frame',
      'shape:idea',
      'shape:card',
      'shape:group',
      'shape:grouped',
    ])
    expect(kept.content?.rootShapeIds).toEqual(['shape:frame', 'shape:card', 'shape:group'])
    expect(kept.content?.assets).toEqual([])
    // text, geo, the note in it, the drawing and the image; the emptied group is not counted.
    expect(kept.leftOut).toBe(5)
  })
  it('is nothing when nothing is left', () => {
    expect(keepBoardShapes(content([shape('shape:scribble', 'draw')]))).toEqual({ content: null, leftOut: 1 })
  })
})
