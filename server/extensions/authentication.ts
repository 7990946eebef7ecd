/**
 * Who may open which document, and with what rights. Runs for every document a socket opens:
 * the token must be valid and scoped to the document's room; observers never write; only
 * facilitators write the control document; nobody writes a closed room.
 */
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import type { Affiliation } from '../../shared/cities.ts'
import { parseDocumentName } from '../../shared/protocol.ts'
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
    if (!target) throw reject('unknown-document')
    // Verifying checks revocation in storage: an outage there waits like the lookups below.
    const session = await retrying(() => this.deps.tokens.verify(token)).catch(() => {
      throw reject('storage-unavailable')
    })
    if (!session) throw reject('invalid-token')
    if (session.room !== target.roomId) throw reject('wrong-room')
    // A storage outage is not a refusal: wait for storage a while (the client just waits for its
    // answer), and only then give up with `storage-unavailable`, which clients retry.
    const [room, participant] = await retrying(() =>
      Promise.all([this.deps.metadata.getRoom(target.roomId), this.deps.metadata.getParticipant(session.sub)]),
    ).catch(() => {
      throw reject('storage-unavailable')
    })
    if (!room || !participant || participant.roomId !== room.id) throw reject('unknown-participant')
    if (room.status === 'purged') throw reject('room-purged')

    const mayWrite =
      room.status !== 'closed' &&
      target.kind !== 'presence' &&
      (target.kind === 'board' ? session.role !== 'observer' : session.role === 'facilitator')
    connectionConfig.readOnly = !mayWrite
    if (target.kind === 'board') await this.deps.rooms.markLive(room.id).catch(() => {}) // cosmetic: never refuse for it

    const color = this.deps.affiliations.find((a) => a.id === session.city)?.color ?? '#6e7781'
    return {
      roomId: room.id,
      kind: target.kind,
      session,
      user: { id: session.sub, name: session.name, city: session.city, role: session.role, color },
      mayWrite,
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
