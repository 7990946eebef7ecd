/**
 * A room page's connection: the room's socket with the `<roomId>/board` provider, and for the canvas
 * the `<roomId>/presence` provider too. The entry script can open it before the page's code has
 * loaded (client/earlyStart.ts), so that the board's sync travels while React, tldraw and the page
 * load; the page takes it when it mounts. What the board's provider reports before the page listens
 * (authenticated, synced, a refusal) is kept and told to the page when it does, in order.
 *
 * Yjs and the provider only: no tldraw, no React.
 */
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import { openDocument, openSocket, type DocumentHandlers } from './connection.ts'

/** Which page the connection is for: the canvas also shows who is here (presence). */
export type RoomView = 'canvas' | 'list'

export interface RoomConnection {
  readonly roomId: string
  readonly token: string
  readonly view: RoomView
  readonly socket: HocuspocusProviderWebsocket
  readonly board: { doc: Y.Doc; provider: HocuspocusProvider }
  /** The canvas's presence document ("Who's here", cursors); null for the list. */
  readonly presence: { doc: Y.Doc; provider: HocuspocusProvider } | null
  /** Tells `handlers` what the board's provider has reported so far, then what it reports next. */
  listen(handlers: DocumentHandlers): () => void
  destroy(): void
}

type Report = (handlers: DocumentHandlers) => void

export function openRoomConnection(roomId: string, token: string, view: RoomView): RoomConnection {
  const socket = openSocket()
  let listening: DocumentHandlers | null = null
  let past: Report[] = []
  const report = (event: Report) => (listening ? event(listening) : past.push(event))
  // Presence first, as the canvas opened it before: the server answers the two in that order.
  const presence = view === 'canvas' ? openDocument(socket, roomId, 'presence', token, {}) : null
  const board = openDocument(socket, roomId, 'board', token, {
    onAuthenticated: (scope) => report((handlers) => handlers.onAuthenticated?.(scope)),
    onAuthenticationFailed: (reason) => report((handlers) => handlers.onAuthenticationFailed?.(reason)),
    onClose: (event) => report((handlers) => handlers.onClose?.(event)),
    onSynced: () => report((handlers) => handlers.onSynced?.()),
  })
  return {
    roomId,
    token,
    view,
    socket,
    board,
    presence,
    listen(handlers) {
      listening = handlers
      const reported = past
      past = []
      for (const event of reported) event(handlers)
      return () => {
        if (listening === handlers) listening = null
      }
    },
    destroy() {
      listening = null
      presence?.provider.destroy()
      presence?.doc.destroy()
      board.provider.destroy()
      socket.destroy()
      board.doc.destroy()
    },
  }
}

/** A connection opened before its page mounted, and the timer that closes it if no page takes it. */
let early: { connection: RoomConnection; timer: ReturnType<typeof setTimeout> } | null = null
const EARLY_UNCLAIMED_MS = 30_000

/** Opens the room for `view` now; the page of this room, view and token takes it when it mounts. */
export function startRoomConnection(roomId: string, token: string, view: RoomView) {
  dropRoomConnection()
  early = {
    connection: openRoomConnection(roomId, token, view),
    timer: setTimeout(dropRoomConnection, EARLY_UNCLAIMED_MS),
  }
}

/** Closes a connection opened early that no page took (the session turned out to be refused). */
export function dropRoomConnection() {
  if (!early) return
  clearTimeout(early.timer)
  early.connection.destroy()
  early = null
}

/** The connection opened early for this room, view and token, if there is one; else a new one. */
export function takeRoomConnection(roomId: string, token: string, view: RoomView): RoomConnection {
  if (early) {
    const { connection, timer } = early
    if (connection.roomId === roomId && connection.token === token && connection.view === view) {
      clearTimeout(timer)
      early = null
      return connection
    }
  }
  dropRoomConnection()
  return openRoomConnection(roomId, token, view)
}
