/**
 * The board document's fixed names, apart from the schema (schema.ts), so that code which only needs
 * them (the list view) does not build tldraw's record schema when it loads: that takes 0.1–0.2 s.
 * Nothing here loads tldraw's code: the list view opens the board's socket with this module, Yjs
 * and the provider only.
 */
import type { TLDocument, TLPageId } from '@tldraw/tlschema'

/** Name of the top-level Y.Map holding the records. */
export const RECORDS_KEY = 'records'

/** Fixed ids, so that two clients opening an empty board never create two pages. */
// tldraw's TLDOCUMENT_ID, written out: importing it would load tlschema's record types (tests/unit/boardIds.test.ts).
export const DOCUMENT_ID = 'document:document' as TLDocument['id']
export const PAGE_ID = 'page:page' as TLPageId

/** Records that must always exist: nobody may delete them. */
export const PROTECTED_RECORD_IDS: ReadonlySet<string> = new Set([DOCUMENT_ID, PAGE_ID])
