/**
 * Presence identity is the server's, not the client's, and it never names an author who wrote without
 * a name.
 *
 * - On `<roomId>/presence` (awareness only; nobody writes items there) every state gets its `user`
 *   rewritten from the token. In `city` and `anonymous` modes the tldraw cursor is dropped there too:
 *   a named cursor hovering where a note appears would name its author.
 * - On `<roomId>/board` the awareness client id is, for a client that shares its Y.Doc with its
 *   awareness (the Hocuspocus and y-websocket providers do), the Yjs client id of every item it writes.
 *   So the server stamps `user` there only in `named` mode, and only on a client id that never wrote
 *   while names were hidden (WriterLinks); otherwise the state is stripped to an anonymous cursor.
 * - A connection may not write awareness states of a client id another connection already owns, holds
 *   at most `maxClientIds` client ids per document, and a state larger than `maxStateBytes` is dropped.
 */
import type { beforeHandleAwarenessPayload, Extension, onDisconnectPayload } from '@hocuspocus/server'
import type { ControlState } from '../../shared/control.ts'
import { withoutScratchState } from '../librarySeams.ts'
import type { ConnectionContext } from './context.ts'
import type { WriterLinks } from './writerLinks.ts'

export interface PresenceLimits {
  /** Awareness client ids one connection may hold on one document. */
  maxClientIds: number
  /** Largest awareness state accepted, as JSON, in characters. */
  maxStateBytes: number
}

/** The cursor colour of someone whose identity the room hides. */
const HIDDEN_COLOR = '#9ca3af'

export class PresenceIdentity implements Extension {
  priority = 900
  /** documentName → awareness client id → socket id of the connection that owns it. */
  private readonly owners = new Map<string, Map<number, string>>()
  private readonly limits: PresenceLimits
  private readonly links: WriterLinks | null
  /** The room's facilitation state, or null while it is not known here (then names are hidden). */
  private readonly controlOf: ((roomId: string) => ControlState | null) | null

  constructor(
    opts: { limits?: PresenceLimits; links?: WriterLinks; controlOf?: (roomId: string) => ControlState | null } = {},
  ) {
    this.limits = opts.limits ?? { maxClientIds: 2, maxStateBytes: 8 * 1024 }
    this.links = opts.links ?? null
    this.controlOf = opts.controlOf ?? null
  }

  async beforeHandleAwareness({
    documentName,
    states,
    context,
    socketId,
  }: beforeHandleAwarenessPayload<ConnectionContext>) {
    if (!context) return // written by the server itself
    let owners = this.owners.get(documentName)
    if (!owners) this.owners.set(documentName, (owners = new Map()))
    const named = this.controlOf ? this.controlOf(context.roomId)?.identityMode === 'named' : true
    for (const [clientId, state] of withoutScratchState(states)) {
      if (JSON.stringify(state).length > this.limits.maxStateBytes || !this.claim(owners, clientId, socketId)) {
        states.delete(clientId)
        continue
      }
      if (context.kind === 'board' && !(named && (this.links?.mayName(documentName, clientId) ?? true))) {
        states.set(clientId, hidden(state.presence, clientId))
        continue
      }
      if (context.kind === 'board') this.links?.named(documentName, clientId)
      state.user = { ...context.user }
      if (context.kind === 'presence' && !named) {
        delete state.presence
        continue
      }
      const presence = state.presence
      if (presence && typeof presence === 'object') {
        // tldraw validates presence userIds as user record ids (createUserId).
        Object.assign(presence, {
          userId: `user:${context.user.id}`,
          userName: context.user.name,
          color: context.user.color,
        })
      }
    }
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload) {
    const owners = this.owners.get(documentName)
    if (!owners) return
    for (const [clientId, owner] of owners) if (owner === socketId) owners.delete(clientId)
    if (owners.size === 0) this.owners.delete(documentName)
  }

  /** Whether the connection `socketId` may write `clientId`'s state: its own, or a new one within its cap. */
  private claim(owners: Map<number, string>, clientId: number, socketId: string): boolean {
    const owner = owners.get(clientId)
    if (owner !== undefined) return owner === socketId
    let held = 0
    for (const other of owners.values()) if (other === socketId) held++
    if (held >= this.limits.maxClientIds) return false
    owners.set(clientId, socketId)
    return true
  }
}

/** An awareness state that shows a cursor and nothing of who moves it. */
function hidden(presence: unknown, clientId: number): Record<string, unknown> {
  if (!presence || typeof presence !== 'object') return {}
  return {
    presence: {
      ...presence,
      userId: `user:hidden-${clientId}`,
      userName: '',
      color: HIDDEN_COLOR,
      followingUserId: null,
      chatMessage: '',
      meta: {},
    },
  }
}
