/**
 * Every place where the client relies on a library's internals, in one file (the server's are in
 * server/librarySeams.ts). Each reads, patches or copies something a library does not document as
 * public; `client/librarySeams.test.ts` pins the behaviour each one relies on, so that an upgrade of
 * @hocuspocus/provider or tldraw that changes it fails a named test instead of silently slowing the
 * board or drawing notes wrongly. (tldraw's font preloading is patched in board/assetUrls.ts.)
 */
import type { HocuspocusProvider } from '@hocuspocus/provider'
// tldraw's helpers come from its own small packages, not from 'tldraw': the list view's connection
// imports this file, and 'tldraw' would bring the whole editor (1.7 MB) into the list's first load.
import { unsafe__withoutCapture } from '@tldraw/state'
import { rng } from '@tldraw/utils'
import type { NoteShapeUtil, TLNoteShape } from 'tldraw'
import type * as Y from 'yjs'

// --- @hocuspocus/provider ------------------------------------------------------------------------

/**
 * Yjs encodes every transaction as an update for the document's `update` listeners, and the provider's
 * listener (`boundDocumentUpdateHandler`) drops the ones the provider applied itself (what came from
 * the server): on a board's first sync that encoded the whole board for nothing (0.3 s for 5,000
 * ideas). So the provider listens only while the transaction being finished is not its own
 * ('afterTransaction' comes just before 'update').
 */
export function skipOwnUpdates(doc: Y.Doc, provider: HocuspocusProvider) {
  const send = provider.boundDocumentUpdateHandler
  let listening = true
  const toggle = (transaction: Y.Transaction) => {
    const own = transaction.origin === provider
    if (own && listening) doc.off('update', send)
    else if (!own && !listening) doc.on('update', send)
    listening = !own
  }
  doc.on('afterTransaction', toggle)
  provider.on('destroy', () => doc.off('afterTransaction', toggle))
}

// --- tldraw --------------------------------------------------------------------------------------

/**
 * The size of a note's label: NoteShapeUtil's private, cached DOM measurement (per shape record),
 * read without making it a dependency of whatever asks.
 */
export function noteLabelSize(util: NoteShapeUtil, shape: TLNoteShape): { labelWidth: number; labelHeight: number } {
  const measure = (util as unknown as { getLabelSize(shape: TLNoteShape): { labelWidth: number; labelHeight: number } })
    .getLabelSize
  return unsafe__withoutCapture(() => measure.call(util, shape))
}

/** tldraw's isEmptyRichText (not exported): no paragraph, or one without content. */
export function isEmptyRichText(richText: TLNoteShape['props']['richText']) {
  const { content } = richText
  return content.length === 0 || (content.length === 1 && !(content[0] as { content?: unknown[] }).content?.length)
}

/** tldraw's note shadow (NoteShapeUtil's getNoteShadow, not exported): seeded by the note's id. */
export function noteShadow(id: string, rotation: number, scale: number) {
  const random = rng(id)
  const lift = Math.abs(random()) + 0.5
  const oy = Math.cos(rotation)
  const a = 5 * scale
  const b = 4 * scale
  const c = 6 * scale
  const d = 7 * scale
  return `0px ${Math.max(0, a - lift)}px ${a}px -${a}px rgba(15, 23, 31, .6),
	0px ${(b + lift * d) * Math.max(0, oy)}px ${c + lift * d}px -${b + lift * c}px rgba(15, 23, 31, ${(0.3 + lift * 0.1).toFixed(2)}),
	0px ${48 * scale}px ${10 * scale}px -${10 * scale}px inset rgba(15, 23, 44, ${((0.022 + random() * 0.005) * ((1 + oy) / 2)).toFixed(2)})`
}
