/** What onAuthenticate attaches to every collaboration connection. */
import type { DocumentKind, PresenceUser } from '../../shared/protocol.ts'
import type { SessionClaims } from '../../shared/schema/participant.ts'
import type { RoomStatus } from '../../shared/schema/room.ts'

export interface ConnectionContext {
  roomId: string
  kind: DocumentKind
  session: SessionClaims
  /** Presence identity, derived from the token: the only identity peers ever see. */
  user: PresenceUser
  /** The role may write this document and the room is not closed (the lock comes on top: facilitation.ts). */
  mayWrite: boolean
  /** The room's status when the connection opened (closing it later sets `mayWrite` false). */
  roomStatus: RoomStatus
}

/** An error that closes the connection with a code and reason (Hocuspocus reads both). */
export class CloseError extends Error {
  readonly code: number
  readonly reason: string
  constructor(event: { code: number; reason: string }, message: string) {
    super(message)
    this.code = event.code
    this.reason = event.reason
  }
}
