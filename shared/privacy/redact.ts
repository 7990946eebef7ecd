/**
 * Erasing a person from what the room made, as pure functions: board records (live or in a snapshot),
 * the facilitation state, Capital Code entries and next steps. A person is named by their participant
 * id (in ideas' `authorId`, `user:<id>` records, `textLastEditedBy`, edit marks, sign-offs) and by
 * their name (ideas' `authorName`, progress notes' `by`). Their city stays where it is: the identity
 * mode chose whether an idea shows it, and an erasure does not change that.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { CASE_CARD_TYPE } from '../board/caseCard.ts'
import type { ControlState } from '../control.ts'
import type { CodeEntry, EditMark } from '../schema/codeEntry.ts'
import type { NextStep } from '../schema/nextStep.ts'

/** What stands where an erased person's id or name stood in a field that must hold a string. */
export const ERASED = 'erased'

export interface ErasedPerson {
  id: string
  name: string
}

/** Whether `value` is the person's id, their tldraw user id, or (when `byName`) their name. */
function names(value: unknown, person: ErasedPerson, byName = true): boolean {
  return value === person.id || value === `user:${person.id}` || (byName && value === person.name)
}

export interface RecordRedaction {
  /** Records to write instead (same id). */
  changed: TLRecord[]
  /** Ids of records to delete (the person's `user:` record). */
  deleted: string[]
  ideas: number
  caseCards: number
  userRecords: number
}

/**
 * How to take the person out of board records: their `user:` record goes; a note's `authorId`,
 * `authorName` and `textLastEditedBy` naming them become null; any other shape's `meta` value naming
 * them becomes null.
 */
export function redactRecords(records: Iterable<TLRecord>, person: ErasedPerson): RecordRedaction {
  const result: RecordRedaction = { changed: [], deleted: [], ideas: 0, caseCards: 0, userRecords: 0 }
  for (const record of records) {
    if (record.typeName === 'user') {
      if (record.id === `user:${person.id}`) {
        result.deleted.push(record.id)
        result.userRecords += 1
      }
      continue
    }
    if (record.typeName !== 'shape') continue
    const shape = record as TLRecord & { type: string; meta: Record<string, unknown>; props: Record<string, unknown> }
    let meta = shape.meta
    for (const [key, value] of Object.entries(shape.meta ?? {})) {
      // An idea's author is named by id and name; a name alone elsewhere in meta may be anyone's.
      if (names(value, person, key === 'authorName' || key === 'authorId')) meta = { ...meta, [key]: null }
    }
    let props = shape.props
    if ('textLastEditedBy' in props && names(props.textLastEditedBy, person, false))
      props = { ...props, textLastEditedBy: null }
    if (meta === shape.meta && props === shape.props) continue
    result.changed.push({ ...shape, meta, props } as TLRecord)
    if (shape.type === 'note') result.ideas += 1
    else if (shape.type === CASE_CARD_TYPE) result.caseCards += 1
  }
  return result
}

/** The records with the redaction applied. */
export function applyRecordRedaction(records: TLRecord[], redaction: RecordRedaction): TLRecord[] {
  const changed = new Map(redaction.changed.map((record) => [record.id, record]))
  const deleted = new Set(redaction.deleted)
  return records.filter((record) => !deleted.has(record.id)).map((record) => changed.get(record.id) ?? record)
}

/** The facilitation state without the person's "bring everyone here"; null when nothing names them. */
export function redactControl(control: ControlState, person: ErasedPerson): ControlState | null {
  if (!control.followMe || !names(control.followMe.userId, person, false)) return null
  return { ...control, followMe: null }
}

const mark = (value: EditMark, person: ErasedPerson): EditMark =>
  names(value.by, person) ? { ...value, by: ERASED } : value

function marks<K extends string>(
  fields: Partial<Record<K, EditMark>>,
  redact: (m: EditMark) => EditMark,
): Partial<Record<K, EditMark>> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [field, redact(value as EditMark)]),
  ) as Partial<Record<K, EditMark>>
}

/** The entry without the person in its edit and review marks; null when nothing names them. */
export function redactEntry(entry: CodeEntry, person: ErasedPerson): CodeEntry | null {
  const next: CodeEntry = {
    ...entry,
    editedFields: marks(entry.editedFields, (m) => mark(m, person)),
    reviewed: entry.reviewed && mark(entry.reviewed, person),
  }
  return JSON.stringify(next) === JSON.stringify(entry) ? null : next
}

/** The next step without the person in its notes, sign-off and edit marks; null when nothing names them. */
export function redactNextStep(step: NextStep, person: ErasedPerson): NextStep | null {
  const next: NextStep = {
    ...step,
    editedFields: marks(step.editedFields, (m) => mark(m, person)),
    progressNotes: step.progressNotes.map((note) => (names(note.by, person) ? { ...note, by: ERASED } : note)),
    signedOffBy:
      step.signedOffBy && names(step.signedOffBy.id, person, false)
        ? { ...step.signedOffBy, id: ERASED, name: ERASED }
        : step.signedOffBy,
  }
  return JSON.stringify(next) === JSON.stringify(step) ? null : next
}

/** An entry kept after its room was purged: every author field erased, nothing but what was approved. */
export function anonymousEntry(entry: CodeEntry): CodeEntry {
  const erase = (m: EditMark): EditMark => ({ ...m, by: ERASED })
  return {
    ...entry,
    // The distilled values may hold idea texts the secretariat edited out: keep what was approved.
    generated: {
      ...entry.generated,
      title: entry.title,
      texts: entry.texts,
      cities: entry.cities,
      caseIds: entry.caseIds,
      type: entry.type,
    },
    editedFields: marks(entry.editedFields, erase),
    reviewed: entry.reviewed && erase(entry.reviewed),
  }
}

/** A next step kept after its room was purged: every author field erased. */
export function anonymousNextStep(step: NextStep): NextStep {
  const erase = (m: EditMark): EditMark => ({ ...m, by: ERASED })
  return {
    ...step,
    editedFields: marks(step.editedFields, erase),
    progressNotes: step.progressNotes.map((note) => ({ ...note, by: ERASED })),
    signedOffBy: step.signedOffBy && { ...step.signedOffBy, id: ERASED, name: ERASED },
  }
}
