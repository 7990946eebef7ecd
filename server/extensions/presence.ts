/**
 * Presence identity is the server's, not the client's: every awareness state a connection sends gets
 * its `user` (and the tldraw presence record's name, id and colour) rewritten from the token, and a
 * connection may not write awareness states of a client id another connection already owns.
 */
import type { beforeHandleAwarenessPayload, Extension, onDisconnectPayload } from '@hocuspocus/server'
import type { ConnectionContext } from './context.ts'

export class PresenceIdentity implements Extension {
  priority = 900
  /** documentName → awareness client id → socket id of the connection that owns it. */
  private readonly owners = new Map<string, Map<number, string>>()

  async beforeHandleAwareness({ documentName, states, context, socketId }: beforeHandleAwarenessPayload<ConnectionContext>) {
    if (!context) return // written by the server itself
    let owners = this.owners.get(documentName)
    if (!owners) this.owners.set(documentName, (owners = new Map()))
    for (const [clientId, state] of states) {
      const owner = owners.get(clientId)
      if (owner !== undefined && owner !== socketId) {
        states.delete(clientId)
        continue
      }
      owners.set(clientId, socketId)
      state.user = { ...context.user }
      const presence = state.presence
      if (presence && typeof presence === 'object') {
        // tldraw validates presence userIds as user record ids (createUserId).
        Object.assign(presence, { userId: `user:${context.user.id}`, userName: context.user.name, color: context.user.color })
      }
    }
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload) {
    const owners = this.owners.get(documentName)
    if (!owners) return
    for (const [clientId, owner] of owners) if (owner === socketId) owners.delete(clientId)
    if (owners.size === 0) this.owners.delete(documentName)
  }
}
