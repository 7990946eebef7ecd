/**
 * Who may open which document, and with what rights. Runs for every document a socket opens:
 * the token must be valid and scoped to the document's room, and its participant stored and not
 * removed; who writes what is shared/access.ts canWriteDocument (observers and people waiting in the
 * lobby never write; only facilitators write the control document; nobody writes a closed room).
 */
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import type { Affiliation } from '../../shared/cities.ts'
import { canWriteDocument } from '../../shared/access.ts'
import { AuthFailures, parseDocumentName } from '../../shared/protocol.ts'
import type { SessionTokens } from '../auth/sessionTokens.ts'
import type { Rooms } from '../rooms.ts'
import type { MetadataStore } from '../storage/types.ts'
import type { ConnectionContext } from './context.ts'

export class Authentication implements Extension {
  priority = 1000
  private readonly deps: { tokens: SessionTokens; rooms: Rooms; metadata: MetadataStore; affiliations: Affiliation[] }

  constructor(deps: Authentication['deps']) {
    this.deps = deps
  }

  async onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload): Promise<ConnectionContext> {
    const target = parseDocumentName(documentName)
    if (!target) throw reject(AuthFailures.UnknownDocument)
    const claims = await this.deps.tokens.verify(token)
    if (!claims) throw reject(AuthFailures.InvalidToken)
    if (claims.room !== target.roomId) throw reject(AuthFailures.WrongRoom)
    // A storage outage is not a refusal: wait for storage a while (the client just waits for its
    // answer), and only then give up with `storage-unavailable`, which clients retry.
    const [room, participant] = await retrying(() =>
      Promise.all([this.deps.metadata.getRoom(target.roomId), this.deps.metadata.getParticipant(claims.sub)]),
    ).catch(() => {
      throw reject(AuthFailures.StorageUnavailable)
    })
    if (!room || !participant || participant.roomId !== room.id) throw reject(AuthFailures.UnknownParticipant)
    if (room.status === 'purged') throw reject(AuthFailures.RoomPurged)
    if (participant.removedAt !== null) throw reject(AuthFailures.Removed)
    // What is stored now, not what the token said when it was issued.
    const session = {
      ...claims,
      name: participant.name,
      city: participant.city,
      role: participant.role,
      admitted: participant.admitted,
    }

    const mayWrite = canWriteDocument(session, target.kind, room.status)
    connectionConfig.readOnly = !mayWrite
    if (target.kind === 'board') await this.deps.rooms.markLive(room.id).catch(() => {}) // cosmetic: never refuse for it

    const color = this.deps.affiliations.find((a) => a.id === session.city)?.color ?? '#6e7781'
    return {
      roomId: room.id,
      kind: target.kind,
      session,
      user: { id: session.sub, name: session.name, city: session.city, role: session.role, color },
      mayWrite,
      roomStatus: room.status,
    }
  }
}

/** Tries `work` until it succeeds or `forMs` has passed, pausing between attempts. */
async function retrying<T>(work: () => Promise<T>, forMs = 30_000, pauseMs = 1_000): Promise<T> {
  const deadline = Date.now() + forMs
  for (;;) {
    try {
      return await work()
    } catch (error) {
      if (Date.now() + pauseMs > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
    }
  }
}

/** Hocuspocus sends `reason` to the provider as the permission-denied reason. */
function reject(reason: string) {
  return Object.assign(new Error(`authentication failed: ${reason}`), { reason })
}
