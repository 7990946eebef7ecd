/**
 * The board format. A board is the Yjs document `<roomId>/board`; its top-level Y.Map `records`
 * holds every document-scoped tldraw record, keyed by record id, each value the record's plain JSON.
 * Session records (camera, instance, pointer) never enter it; presence travels through awareness.
 *
 * One schema, used by the client's store and by the server's validation: tldraw's default shapes and
 * bindings, our `case-card` shape (caseCard.ts), and ideas, which are notes with idea meta (ideas.ts).
 */
import {
  createTLSchema,
  defaultBindingSchemas,
  defaultShapeSchemas,
  DocumentRecordType,
  PageRecordType,
  TLDOCUMENT_ID,
  type TLPageId,
  type TLRecord,
} from '@tldraw/tlschema'
import { CASE_CARD_TYPE, caseCardMigrations, caseCardProps } from './caseCard.ts'
import { ideaMetaSchema } from './ideas.ts'

/** Name of the top-level Y.Map holding the records. */
export const RECORDS_KEY = 'records'

/** Fixed ids, so that two clients opening an empty board never create two pages. */
export const DOCUMENT_ID = TLDOCUMENT_ID
export const PAGE_ID = 'page:page' as TLPageId

/** Records that must always exist: nobody may delete them. */
export const PROTECTED_RECORD_IDS: ReadonlySet<string> = new Set([DOCUMENT_ID, PAGE_ID])

export const boardSchema = createTLSchema({
  shapes: { ...defaultShapeSchemas, [CASE_CARD_TYPE]: { props: caseCardProps, migrations: caseCardMigrations } },
  bindings: defaultBindingSchemas,
})

const documentScopedTypes = new Set<string>(
  Object.values(boardSchema.types)
    .filter((type) => type.scope === 'document')
    .map((type) => type.typeName),
)

/** The records a new board starts with. */
export function seedRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: DOCUMENT_ID, name: '' }),
    PageRecordType.create({ id: PAGE_ID, name: 'Board', index: 'a1' as never }),
  ]
}

export type RecordCheck = { ok: true; record: TLRecord } | { ok: false; message: string }

/**
 * Checks one value of the `records` map against the board schema: a plain JSON object of a
 * document-scoped type whose id is its key and whose fields pass tldraw's validators.
 */
export function checkBoardRecord(key: string, value: unknown): RecordCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `record ${key} is not a JSON object` }
  }
  const candidate = value as { id?: unknown; typeName?: unknown }
  if (candidate.id !== key) {
    return { ok: false, message: `record ${key} has id ${JSON.stringify(candidate.id)}` }
  }
  if (typeof candidate.typeName !== 'string' || !documentScopedTypes.has(candidate.typeName)) {
    return { ok: false, message: `record ${key} has unknown type ${JSON.stringify(candidate.typeName)}` }
  }
  const recordType = boardSchema.types[candidate.typeName as TLRecord['typeName']]
  let record: TLRecord
  try {
    record = recordType.validate(value) as TLRecord
  } catch (error) {
    return { ok: false, message: `record ${key}: ${(error as Error).message}` }
  }
  if (record.typeName === 'shape' && record.type === 'note') {
    const meta = ideaMetaSchema.safeParse(record.meta)
    if (!meta.success) return { ok: false, message: `record ${key}: a note is an idea and needs meta ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` }
  }
  return { ok: true, record }
}
