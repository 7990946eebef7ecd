/**
 * What pasting or dropping onto the canvas does, through tldraw's external content handlers (every
 * paste and drop goes through them: Cmd/Ctrl-V, the menu's Paste, drag and drop):
 * - text: one idea per non-empty line, of the kind chosen in the kind picker (the note side effect,
 *   useIdeaSideEffects, makes each note an idea), in free cells of the board (placement.ts), never
 *   stacked on one point; a link likewise becomes an idea;
 * - tldraw content (copied from a board): ideas, clusters and case cards; anything else is left out;
 * - images, files, SVG, embeds and Excalidraw drawings: nothing.
 * "Paste as plain text" (Shift-Cmd/Ctrl-V) goes the same way (takePlainTextPaste). Whatever is left
 * out is said in a notice, with why. Read-only editors (observers, a locked or closed room) never get
 * here: tldraw does not paste into them.
 */
import { useEffect, useRef } from 'react'
import {
  createShapeId,
  defaultHandleExternalTldrawContent,
  toRichText,
  type Editor,
  type TLParentId,
  type TLShapeId,
} from 'tldraw'
import { placeIdeas } from '../../list/placement.ts'
import { isTyping } from '../isTyping.ts'
import { keepBoardShapes, pastedLines } from './boardContent.ts'

/** External content that is never an idea. */
const REFUSED_CONTENT = ['files', 'svg-text', 'embed', 'excalidraw', 'file-replace'] as const

export type PasteNotice =
  | { kind: 'cut'; count: number }
  | { kind: 'tooMany'; count: number }
  | { kind: 'leftOut'; count: number }
  | { kind: 'refused' }

/** `onNotices`: what the last paste left out or changed (an empty list: nothing). */
export function useBoardPaste(editor: Editor, onNotices: (notices: PasteNotice[]) => void) {
  const notify = useRef(onNotices)
  notify.current = onNotices
  useEffect(() => {
    const say = (notices: PasteNotice[]) => notify.current(notices)
    const refuse = () => say([{ kind: 'refused' }])
    editor.registerExternalContentHandler('text', ({ text }) => say(pasteIdeas(editor, text)))
    editor.registerExternalContentHandler('url', ({ url }) => say(pasteIdeas(editor, url)))
    editor.registerExternalContentHandler('tldraw', async ({ content, point }) => {
      const kept = keepBoardShapes(content)
      if (kept.content) await defaultHandleExternalTldrawContent(editor, { content: kept.content, point })
      say(kept.leftOut > 0 ? [{ kind: 'leftOut', count: kept.leftOut }] : [])
    })
    for (const type of REFUSED_CONTENT) editor.registerExternalContentHandler(type, refuse)
    const stopPlainTextPaste = takePlainTextPaste(editor)
    return () => {
      stopPlainTextPaste()
      for (const type of ['text', 'url', 'tldraw', ...REFUSED_CONTENT] as const)
        editor.registerExternalContentHandler(type, null)
    }
  }, [editor])
}

/**
 * tldraw puts text pasted with Shift held straight into a text shape, past the content handlers. Such a
 * paste is taken first (window, capture phase) and handed to them like any other; a paste into a text
 * field or a note being edited is left alone. Returns the function that stops it.
 */
function takePlainTextPaste(editor: Editor): () => void {
  const win = editor.getContainer().ownerDocument.defaultView ?? window
  let shift = false
  const track = (e: KeyboardEvent) => {
    shift = e.shiftKey
  }
  const onPaste = (e: ClipboardEvent) => {
    if (!shift || editor.getIsReadonly() || editor.getEditingShapeId() !== null) return
    if (!editor.getInstanceState().isFocused || isTyping(e.target)) return
    const text = e.clipboardData?.getData('text/plain')
    if (!text?.trim()) return
    e.preventDefault()
    e.stopImmediatePropagation()
    editor.markHistoryStoppingPoint('paste')
    void editor.putExternalContent({ type: 'text', text })
  }
  win.addEventListener('keydown', track, true)
  win.addEventListener('keyup', track, true)
  win.addEventListener('paste', onPaste, true)
  return () => {
    win.removeEventListener('keydown', track, true)
    win.removeEventListener('keyup', track, true)
    win.removeEventListener('paste', onPaste, true)
  }
}

/** Adds one idea note per line of `text` in free cells of the board and selects them. */
function pasteIdeas(editor: Editor, text: string): PasteNotice[] {
  const { texts, cut, leftOut } = pastedLines(text)
  if (texts.length === 0) return []
  const places = placeIdeas(editor.store.allRecords(), null, texts.length)
  const ids: TLShapeId[] = texts.map(() => createShapeId())
  editor.run(() => {
    editor.createShapes(
      texts.map((line, i) => ({
        id: ids[i],
        type: 'note',
        parentId: places[i].parentId as TLParentId,
        x: places[i].x,
        y: places[i].y,
        props: { richText: toRichText(line) },
      })),
    )
    editor.select(...ids)
  })
  editor.zoomToSelectionIfOffscreen(60, { animation: { duration: 200 } })
  const notices: PasteNotice[] = []
  if (cut > 0) notices.push({ kind: 'cut', count: cut })
  if (leftOut > 0) notices.push({ kind: 'tooMany', count: leftOut })
  return notices
}
