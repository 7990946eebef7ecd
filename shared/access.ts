/**
 * The access policy: who may do what, written once and called by the server (HTTP layer and document
 * extensions) and by the client (which controls to offer). Each rule is a pure function of who asks.
 *
 * Identity comes from the invitation (server/rooms.ts): the affiliation is fixed by the link, and the
 * secretariat's rights come only from the admin token or a secretariat link (or a personal link the
 * secretariat made with that affiliation). `admitted` is false while a person waits in the lobby.
 */
import type { DocumentKind } from './protocol.ts'
import type { Role, RoomStatus } from './schema/room.ts'

/** A session's facts that rules depend on. `admitted` is missing where nobody waits (treated as admitted). */
export interface SessionFacts {
  room: string
  city: string
  role: Role
  admitted?: boolean
}

/** Who asks: the secretariat's admin token, or a session of a room. */
export interface Asker {
  admin: boolean
  session: SessionFacts | null
}

const isAdmitted = (session: Pick<SessionFacts, 'admitted'>) => session.admitted !== false

/** A session of `roomId` (any role, admitted or not), or the admin token. */
export function isMemberOf(asker: Asker, roomId: string): boolean {
  return asker.admin || asker.session?.room === roomId
}

/**
 * The secretariat of `roomId`: the admin token, or an admitted member of that room with the
 * secretariat affiliation (which only a secretariat link or the secretariat's roster gives), not as observer.
 */
export function isSecretariat(asker: Asker, roomId: string): boolean {
  if (asker.admin) return true
  const session = asker.session
  return (
    session?.room === roomId && session.city === 'secretariat' && session.role !== 'observer' && isAdmitted(session)
  )
}

/** A facilitator of `roomId`. */
export function isFacilitatorOf(asker: Asker, roomId: string): boolean {
  return asker.session?.room === roomId && asker.session.role === 'facilitator'
}

/** Takes snapshots: facilitators of the room and the secretariat. */
export function canSnapshot(asker: Asker, roomId: string): boolean {
  return isFacilitatorOf(asker, roomId) || isSecretariat(asker, roomId)
}

/** Distils a snapshot into entries and next steps: facilitators of the room and the secretariat. */
export function canDistil(asker: Asker, roomId: string): boolean {
  return canSnapshot(asker, roomId)
}

/** Edits, approves, rejects and merges Capital Code entries: the secretariat. */
export function canEditEntries(asker: Asker, roomId: string): boolean {
  return isSecretariat(asker, roomId)
}

/** Admits people from the lobby, lists who waits and removes participants: facilitators and the secretariat. */
export function canManageParticipants(asker: Asker, roomId: string): boolean {
  return isFacilitatorOf(asker, roomId) || isSecretariat(asker, roomId)
}

/** Registers attendees with personal links, and changes invite links and admission: the secretariat. */
export function canManageRoster(asker: Asker, roomId: string): boolean {
  return isSecretariat(asker, roomId)
}

/** Puts dots in a round: admitted facilitators and participants of the room. */
export function canVote(session: SessionFacts | null, roomId: string): boolean {
  return session?.room === roomId && session.role !== 'observer' && isAdmitted(session)
}

/**
 * Writes a room document at all (the lock comes on top: isLockedOut): the board for admitted
 * facilitators and participants, the control document for facilitators; nothing in a closed room,
 * and nobody the presence document's content.
 */
export function canWriteDocument(
  session: Pick<SessionFacts, 'role' | 'admitted'>,
  kind: DocumentKind,
  roomStatus: RoomStatus,
): boolean {
  if (roomStatus === 'closed' || roomStatus === 'purged') return false
  // The presence document carries awareness only: nobody writes its content.
  if (kind === 'presence') return false
  if (kind === 'control') return session.role === 'facilitator'
  return session.role !== 'observer' && isAdmitted(session)
}

/** While the board is locked, participants' board editors are read-only; facilitators keep editing. */
export function isLockedOut(locked: boolean, role: Role, kind: DocumentKind = 'board'): boolean {
  return locked && kind === 'board' && role === 'participant'
}

/**
 * Whether `asker` may change a next step: admitted members of the room that made it, from its owner
 * city, or the secretariat. Only the secretariat moves a step to another city. Null when allowed,
 * otherwise why not.
 */
export function canEditNextStep(
  asker: Asker,
  step: { roomId: string; city: string | null },
  change: { movesCity: boolean },
): string | null {
  if (isSecretariat(asker, step.roomId)) return null
  if (change.movesCity) return 'Only the secretariat moves a next step to another city'
  const session = asker.session
  const ownRoomAndCity =
    session !== null &&
    session.room === step.roomId &&
    session.city === step.city &&
    session.role !== 'observer' &&
    isAdmitted(session)
  if (ownRoomAndCity) return null
  return 'Only admitted members of the room that made this next step, from its owner city, or the secretariat can change it'
}

/** The earlier name of canEditNextStep. */
export const mayChangeNextStep = canEditNextStep
/** Who writes on the board: the connection's participant. */
export interface BoardWriter {
  id: string
  city: string
  role: Role
}

/**
 * Whether `writer` may change the words of an idea (its text, kind and owner city). An idea that
 * names its author is theirs: only they or a facilitator change it. Ideas without a name (city and
 * anonymous modes) belong to the room. Anyone who writes may move an idea or put it in a cluster.
 */
export function mayChangeIdeaWords(writer: BoardWriter, idea: { authorId: string | null }): boolean {
  return idea.authorId === null || idea.authorId === writer.id || writer.role === 'facilitator'
}

/** Whether `writer` may write a case card of `city`: a case card is its city's; facilitators write any. */
export function mayWriteCaseCard(writer: BoardWriter, card: { city: string }): boolean {
  return writer.role === 'facilitator' || (writer.role !== 'observer' && card.city === writer.city)
}
