/**
 * Every note this person creates becomes an idea, whatever created it: the note tool, the Tab /
 * Cmd-Enter flow and clone handles, paste, duplicate. A store side effect sees them all, before the
 * record reaches the store (and so before the Yjs binding writes it).
 *
 * One exception: undo and redo put a deleted note back with its own id. That note must come back
 * exactly as it was (the server refuses a change of authorship), so ids of deleted notes are
 * remembered and such a note keeps its meta.
 */
import { useEffect, useRef } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { asNewIdea, readIdea, type IdeaAuthoring } from './ideaRules.ts'

/** `authoring` is read when a note is created, so it may change from render to render. */
export function useIdeaSideEffects(editor: Editor, authoring: () => IdeaAuthoring) {
  const latest = useRef(authoring)
  latest.current = authoring
  useEffect(() => {
    const deletedNotes = new Set<TLShapeId>()
    const stopCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
      // Remote notes were checked by the server; ours are the only ones we shape.
      if (source !== 'user' || !editor.isShapeOfType(shape, 'note')) return shape
      if (deletedNotes.has(shape.id) && readIdea(shape)) return shape
      return asNewIdea(shape, latest.current())
    })
    const stopDelete = editor.sideEffects.registerAfterDeleteHandler('shape', (shape) => {
      if (shape.type === 'note') deletedNotes.add(shape.id)
    })
    return () => {
      stopCreate()
      stopDelete()
    }
  }, [editor])
}
