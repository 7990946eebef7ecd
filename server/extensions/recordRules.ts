/**
 * What a connection may change in each kind of document. A rule sees the keys an update changes in
 * the document's main map (with their old and new values), whether it writes anywhere else, who sent
 * it and the room's facilitation state; it returns null when the change is acceptable, else the reason.
 */
import * as Y from 'yjs'
import { authorFields, readIdea, type IdeaMeta } from '../../shared/board/ideas.ts'
import { checkBoardRecord, PROTECTED_RECORD_IDS, RECORDS_KEY } from '../../shared/board/schema.ts'
import { CONTROL_KEY, facilitatorFields, serverFields, type ControlState } from '../../shared/control.ts'
import type { DocumentKind } from '../../shared/protocol.ts'
import type { ConnectionContext } from './context.ts'
import type { MapChanges } from './mapChanges.ts'

export interface ChangeInput {
  /** What the update changes: the main map's keys (old and new values), and whether it writes elsewhere. */
  changes: MapChanges
  context: ConnectionContext
  control: ControlState
  /** Authorship of ideas deleted earlier, so that undoing a deletion restores them as they were. */
  deletedAuthorship: Map<string, Authorship>
}

type Authorship = Pick<IdeaMeta, 'authorId' | 'authorName' | 'city'>

export interface ChangeRule {
  /** The name of the document's main map (`doc.getMap(mapName)`): every write goes to its keys. */
  mapName: string
  check(input: ChangeInput): string | null
}

function onlyMainMap({ changes }: ChangeInput, name: string): string | null {
  if (changes.outside === 'other types') return `writes outside the ${name} map are not allowed`
  if (changes.outside === 'list content') return `the ${name} map holds keyed entries only`
  return null
}

/**
 * Board: valid records only; protected records stay; `user:` records are one's own; a new idea carries
 * no more identity than the identity mode allows (and never someone else's); authorship never changes.
 */
function checkBoard(input: ChangeInput): string | null {
  const outside = onlyMainMap(input, RECORDS_KEY)
  if (outside) return outside
  const { context, control, deletedAuthorship } = input
  for (const { key, action, oldValue, value } of input.changes.keys) {
    const oldIdea = readIdea(oldValue)
    if (action === 'delete') {
      if (PROTECTED_RECORD_IDS.has(key)) return `record ${key} cannot be deleted`
      if (oldIdea) deletedAuthorship.set(key, authorshipOf(oldIdea))
      continue
    }
    if (value instanceof Y.AbstractType) return `record ${key} must be plain JSON, not a shared type`
    const check = checkBoardRecord(key, value)
    if (!check.ok) return check.message
    const record = check.record
    if (record.typeName === 'user' && (record.id !== `user:${context.user.id}` || record.name !== context.user.name)) {
      return `record ${key}: a participant may only write their own user record`
    }
    const idea = readIdea(record)
    if (!idea) continue
    // tldraw stamps the last text editor on a note: it is identity too, and must follow the mode.
    const lastEditor = (record as { props?: { textLastEditedBy?: string | null } }).props?.textLastEditedBy ?? null
    const lastEditorBefore = (oldValue as { props?: { textLastEditedBy?: string | null } } | undefined)?.props?.textLastEditedBy ?? null
    if (lastEditor !== null && lastEditor !== lastEditorBefore) {
      const own = [context.user.id, `user:${context.user.id}`]
      if (control.identityMode !== 'named' || !own.includes(lastEditor)) return `record ${key}: textLastEditedBy must be null in ${control.identityMode} mode or be your own id`
    }
    const before = oldIdea ? authorshipOf(oldIdea) : deletedAuthorship.get(key)
    if (before) {
      if (!sameAuthorship(before, authorshipOf(idea))) return `record ${key}: the authorship of an idea cannot be changed`
      continue
    }
    const allowed = authorFields({ id: context.user.id, name: context.user.name, city: context.user.city }, control.identityMode)
    for (const field of ['authorId', 'authorName', 'city'] as const) {
      if (idea[field] !== null && idea[field] !== allowed[field]) {
        return `record ${key}: ${field} is not allowed in ${control.identityMode} mode or is not yours`
      }
    }
  }
  return null
}

/** Control: facilitators write the facilitation fields, each valid; timer and voting are the server's. */
function checkControl(input: ChangeInput): string | null {
  const outside = onlyMainMap(input, CONTROL_KEY)
  if (outside) return outside
  for (const { key, action, value } of input.changes.keys) {
    if (key in serverFields) return `control.${key} is written by the server only`
    const schema = facilitatorFields[key as keyof typeof facilitatorFields]
    if (!schema) return `control.${key} is not a facilitation field`
    if (action === 'delete') continue
    const parsed = schema.safeParse(value)
    if (!parsed.success) return `control.${key}: ${parsed.error.issues.map((i) => i.message).join('; ')}`
  }
  return null
}

const authorshipOf = ({ authorId, authorName, city }: IdeaMeta): Authorship => ({ authorId, authorName, city })
const sameAuthorship = (a: Authorship, b: Authorship) => a.authorId === b.authorId && a.authorName === b.authorName && a.city === b.city

export const changeRules: Record<DocumentKind, ChangeRule> = {
  board: { mapName: RECORDS_KEY, check: checkBoard },
  control: { mapName: CONTROL_KEY, check: checkControl },
}
