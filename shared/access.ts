/**
 * The access policy: who may do what, written once and called by the server (HTTP layer and document
 * extensions) and by the client (which controls to offer). Each rule is a pure function of who asks.
 */
import type { Role } from './schema/room.ts'

/** Who asks: the secretariat's admin token, or a session of a room. */
export interface Asker {
  admin: boolean
  session: { room: string; city: string; role: Role; admitted?: boolean } | null
}

/** The secretariat of `roomId`: the admin token, or a member of that room who joined as the secretariat (not as observer). */
export function isSecretariat(asker: Asker, roomId: string): boolean {
  if (asker.admin) return true
  const session = asker.session
  return session?.room === roomId && session.city === 'secretariat' && session.role !== 'observer'
}

/**
 * Whether `asker` may change a next step: admitted members of the room that made it, from its owner
 * city, or the secretariat. Only the secretariat moves a step to another city. Null when allowed,
 * otherwise why not.
 */
export function mayChangeNextStep(
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
    session.admitted !== false
  if (ownRoomAndCity) return null
  return 'Only admitted members of the room that made this next step, from its owner city, or the secretariat can change it'
}

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
