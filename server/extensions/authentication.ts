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
    const session = await this.deps.tokens.verify(token)
    if (!session) throw reject('invalid-token')
    if (session.room !== target.roomId) throw reject('wrong-room')
    const [room, participant] = await Promise.all([
      this.deps.metadata.getRoom(target.roomId),
      this.deps.metadata.getParticipant(session.sub),
    ])
    if (!room || !participant || participant.roomId !== room.id) throw reject('unknown-participant')

    const mayWrite =
      room.status !== 'closed' &&
      (target.kind === 'board' ? session.role !== 'observer' : session.role === 'facilitator')
    connectionConfig.readOnly = !mayWrite
    if (target.kind === 'board') await this.deps.rooms.markLive(room.id)

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

/** Hocuspocus sends `reason` to the provider as the permission-denied reason. */
function reject(reason: string) {
  return Object.assign(new Error(`authentication failed: ${reason}`), { reason })
}
