/**
 * What a connection may change in each kind of document. A rule sees the keys an update changes in
 * the document's main map (with their old and new values), whether it writes anywhere else, who sent
 * it and the room's facilitation state; it returns null when the change is acceptable, else the reason.
 */
import * as Y from 'yjs'
import { mayChangeIdeaWords, mayWriteCaseCard, type BoardWriter } from '../../shared/access.ts'
import { CASE_CARD_TYPE, type CaseCardProps } from '../../shared/board/caseCard.ts'
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
  /** Authorship and words of ideas deleted earlier, so that undoing a deletion restores them as they were. */
  deletedAuthorship: Map<string, DeletedIdea>
}

type Authorship = Pick<IdeaMeta, 'authorId' | 'authorName' | 'city'>
interface DeletedIdea {
  authorship: Authorship
  words: string
}

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
  const writer: BoardWriter = { id: context.user.id, city: context.user.city, role: context.user.role }
  for (const { key, action, oldValue, value } of input.changes.keys) {
    const oldIdea = readIdea(oldValue)
    if (action === 'delete') {
      if (PROTECTED_RECORD_IDS.has(key)) return `record ${key} cannot be deleted`
      if (oldIdea) deletedAuthorship.set(key, { authorship: authorshipOf(oldIdea), words: wordsOf(oldValue) })
      continue
    }
    if (value instanceof Y.AbstractType) return `record ${key} must be plain JSON, not a shared type`
    const check = checkBoardRecord(key, value)
    if (!check.ok) return check.message
    const record = check.record
    if (record.typeName === 'user') {
      if (record.id !== `user:${context.user.id}` || record.name !== context.user.name)
        return `record ${key}: a participant may only write their own user record`
      // A user record names its writer's Yjs client id: outside named mode that would name the ideas it writes.
      if (control.identityMode !== 'named')
        return `record ${key}: user records are not written in ${control.identityMode} mode`
    }
    const caseCard = caseCardOf(record)
    if (caseCard) {
      const before = caseCardOf(oldValue)
      const changesWords = !before || caseCardWords(before) !== caseCardWords(caseCard)
      if (changesWords && !(mayWriteCaseCard(writer, caseCard) && (!before || mayWriteCaseCard(writer, before)))) {
        return `record ${key}: a case card takes its writer's city; only that city's members and facilitators write it`
      }
      continue
    }
    const idea = readIdea(record)
    if (!idea) continue
    // tldraw stamps the last text editor on a note: it is identity too, and must follow the mode.
    const lastEditor = (record as { props?: { textLastEditedBy?: string | null } }).props?.textLastEditedBy ?? null
    const lastEditorBefore =
      (oldValue as { props?: { textLastEditedBy?: string | null } } | undefined)?.props?.textLastEditedBy ?? null
    if (lastEditor !== null && lastEditor !== lastEditorBefore) {
      const own = [context.user.id, `user:${context.user.id}`]
      if (control.identityMode !== 'named' || !own.includes(lastEditor))
        return `record ${key}: textLastEditedBy must be null in ${control.identityMode} mode or be your own id`
    }
    const deleted = oldIdea ? null : deletedAuthorship.get(key)
    const before = oldIdea ? { authorship: authorshipOf(oldIdea), words: wordsOf(oldValue) } : deleted
    if (before) {
      if (!sameAuthorship(before.authorship, authorshipOf(idea)))
        return `record ${key}: the authorship of an idea cannot be changed`
      if (before.words !== wordsOf(record) && !mayChangeIdeaWords(writer, before.authorship)) {
        return `record ${key}: only its author or a facilitator changes the text, kind or owner city of an idea that names its author`
      }
      continue
    }
    const allowed = authorFields(
      { id: context.user.id, name: context.user.name, city: context.user.city },
      control.identityMode,
    )
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

/** What an idea says, as one comparable string: its text, kind and owner city. */
function wordsOf(record: unknown): string {
  const { props, meta } = record as { props?: { richText?: unknown }; meta?: { kind?: unknown; ownerCity?: unknown } }
  return JSON.stringify([props?.richText ?? null, meta?.kind ?? null, meta?.ownerCity ?? null])
}

function caseCardOf(value: unknown): CaseCardProps | null {
  const record = value as { typeName?: unknown; type?: unknown; props?: unknown } | null
  return record?.typeName === 'shape' && record.type === CASE_CARD_TYPE ? (record.props as CaseCardProps) : null
}

/** A case card's city and text: what only its city and facilitators change (size and place are anyone's). */
const caseCardWords = ({ city, title, challenge, context, tried, results, lessons }: CaseCardProps) =>
  JSON.stringify([city, title, challenge, context, tried, results, lessons])

const authorshipOf = ({ authorId, authorName, city }: IdeaMeta): Authorship => ({ authorId, authorName, city })
const sameAuthorship = (a: Authorship, b: Authorship) =>
  a.authorId === b.authorId && a.authorName === b.authorName && a.city === b.city

export const changeRules: Record<DocumentKind, ChangeRule> = {
  board: { mapName: RECORDS_KEY, check: checkBoard },
  control: { mapName: CONTROL_KEY, check: checkControl },
  // Connections to it are read-only (authentication.ts); this is a second lock.
  presence: { mapName: 'presence', check: () => 'the presence document holds awareness only' },
}
