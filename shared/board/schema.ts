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
  type TLRecord,
} from '@tldraw/tlschema'
import { CASE_CARD_TYPE, caseCardMigrations, caseCardProps } from './caseCard.ts'
import { DOCUMENT_ID, PAGE_ID } from './ids.ts'
import { ideaMetaSchema } from './ideas.ts'
import {
  MAX_FRAME_NAME_CHARS,
  MAX_IDEA_CHARS,
  MAX_META_CHARS,
  MAX_RECORD_CHARS,
  MAX_SHAPE_TEXT_CHARS,
} from './limits.ts'
import { richTextToPlain } from './text.ts'

export { DOCUMENT_ID, PAGE_ID, PROTECTED_RECORD_IDS, RECORDS_KEY } from './ids.ts'

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
  // Sizes first: validating a huge record would cost more than measuring it.
  const size = JSON.stringify(value).length
  if (size > MAX_RECORD_CHARS)
    return { ok: false, message: `record ${key} is ${size} characters long, more than ${MAX_RECORD_CHARS}` }
  const meta = (value as { meta?: unknown }).meta
  if (meta !== undefined && JSON.stringify(meta).length > MAX_META_CHARS) {
    return { ok: false, message: `record ${key}: meta is longer than ${MAX_META_CHARS} characters` }
  }
  const recordType = boardSchema.types[candidate.typeName as TLRecord['typeName']]
  let record: TLRecord
  try {
    record = recordType.validate(value) as TLRecord
  } catch (error) {
    return { ok: false, message: `record ${key}: ${(error as Error).message}` }
  }
  const tooLong = textTooLong(record)
  if (tooLong) return { ok: false, message: `record ${key}: ${tooLong}` }
  if (record.typeName === 'shape' && record.type === 'note') {
    const meta = ideaMetaSchema.safeParse(record.meta)
    if (!meta.success)
      return {
        ok: false,
        message: `record ${key}: a note is an idea and needs meta ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      }
  }
  return { ok: true, record }
}

/** Why a shape's text is past its cap (limits.ts), or null. */
function textTooLong(record: TLRecord): string | null {
  if (record.typeName !== 'shape') return null
  const props = record.props as { richText?: unknown; name?: unknown }
  if (record.type === 'frame' && typeof props.name === 'string' && props.name.length > MAX_FRAME_NAME_CHARS) {
    return `a frame name has at most ${MAX_FRAME_NAME_CHARS} characters`
  }
  if (props.richText === undefined) return null
  const max = record.type === 'note' ? MAX_IDEA_CHARS : MAX_SHAPE_TEXT_CHARS
  const length = richTextToPlain(props.richText).length
  return length > max ? `its text has ${length} characters, at most ${max} are allowed` : null
}
