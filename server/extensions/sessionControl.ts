/**
 * Acts on the sockets of this instance when a participant is removed or admitted,
 * wherever that happened (server/instanceEvents.ts brings the event from every instance):
 * - removed: their connections become read-only at once, and their sockets close with 4410 `removed`;
 * - admitted: their board connections may write from now on (unless the board is locked or the room closed).
 */
import type { Connection, Extension, Hocuspocus, onConfigurePayload } from '@hocuspocus/server'
import { canWriteDocument } from '../../shared/access.ts'
import { CloseEvents, documentName } from '../../shared/protocol.ts'
import type { InstanceEvent } from '../instanceEvents.ts'
import type { ConnectionContext } from './context.ts'

export class SessionControl implements Extension {
  priority = 900
  private instance: Hocuspocus | undefined
  private readonly refreshAccess: (roomId: string) => void
  private readonly isClosed: (roomId: string) => boolean

  /** `refreshAccess` applies each connection's `mayWrite` and the lock; `isClosed` reads the control document (facilitation.ts). */
  constructor(opts: { refreshAccess: (roomId: string) => void; isClosed: (roomId: string) => boolean }) {
    this.refreshAccess = opts.refreshAccess
    this.isClosed = opts.isClosed
  }

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance
  }

  handle(event: InstanceEvent) {
    const theirs = this.connectionsOf(event.roomId).filter(
      (c) => (c.context as ConnectionContext).session.sub === event.participantId,
    )
    if (event.type === 'participant-removed') {
      for (const connection of theirs) {
        ;(connection.context as ConnectionContext).mayWrite = false
        connection.readOnly = true
      }
      const sockets = new Set(theirs.map((c) => c.webSocket))
      for (const socket of sockets) socket.close(CloseEvents.Removed.code, CloseEvents.Removed.reason)
      return
    }
    const status = this.isClosed(event.roomId) ? 'closed' : undefined
    for (const connection of theirs) {
      const context = connection.context as ConnectionContext
      context.session = { ...context.session, admitted: true }
      context.mayWrite =
        context.mayWrite || canWriteDocument(context.session, context.kind, status ?? context.roomStatus)
    }
    this.refreshAccess(event.roomId)
  }

  private connectionsOf(roomId: string): Connection[] {
    const connections: Connection[] = []
    for (const kind of ['board', 'control'] as const) {
      const document = this.instance?.documents.get(documentName(roomId, kind))
      if (document) connections.push(...document.getConnections())
    }
    return connections
  }
}
