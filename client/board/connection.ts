/**
 * One WebSocket per room page, shared by the room's documents (board now, control later), and a
 * Hocuspocus provider per document. The socket reconnects by itself; the Y.Doc keeps offline edits
 * and Yjs merges them when the provider syncs again.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { COLLAB_PATH, documentName, type DocumentKind } from '../../shared/protocol.ts'
import { skipOwnUpdates } from '../librarySeams.ts'

export type ConnectionStatus = 'connecting' | 'connected' | 'offline'

export function collabUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${COLLAB_PATH}`
}

export function openSocket(): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url: collabUrl() })
}

export interface DocumentHandlers {
  onSynced?: () => void
  onAuthenticated?: (scope: 'read-write' | 'readonly') => void
  onAuthenticationFailed?: (reason: string) => void
  onClose?: (event: { code: number; reason: string }) => void
}

/**
 * A provider for `<roomId>/<kind>` on the shared socket. Destroy it to leave; the socket stays.
 * Awareness (presence) travels on `<roomId>/presence` only: the board's provider has none, so the Yjs
 * client id that writes board items is never shown with anyone's name (README, "Presence").
 */
export function openDocument(
  socket: HocuspocusProviderWebsocket,
  roomId: string,
  kind: DocumentKind,
  token: string,
  handlers: DocumentHandlers,
) {
  const doc = new Y.Doc()
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName(roomId, kind),
    document: doc,
    token,
    ...(kind === 'presence' ? {} : { awareness: null }),
    onSynced: ({ state }) => state && handlers.onSynced?.(),
    onAuthenticated: ({ scope }) => handlers.onAuthenticated?.(scope),
    onAuthenticationFailed: ({ reason }) => handlers.onAuthenticationFailed?.(reason),
    onClose: ({ event }) => handlers.onClose?.({ code: event.code, reason: event.reason }),
  })
  // A provider on a socket it does not own must be attached explicitly.
  provider.attach()
  // What the provider applied itself is not encoded again for nothing (librarySeams.ts).
  skipOwnUpdates(doc, provider)
  return { doc, provider }
}

/**
 * What the status pill shows: "connecting" until the first connection or failure; after that anything
 * but connected is "offline" (the socket is retrying), so the pill does not flicker between
 * connecting and offline while the network is down.
 */
export function watchStatus(
  socket: HocuspocusProviderWebsocket,
  onStatus: (status: ConnectionStatus) => void,
): () => void {
  let settled = false
  const update = ({ status }: { status: WebSocketStatus }) => {
    if (status !== WebSocketStatus.Connecting) settled = true
    onStatus(status === WebSocketStatus.Connected ? 'connected' : settled ? 'offline' : 'connecting')
  }
  socket.on('status', update)
  if (socket.status === WebSocketStatus.Connected) update({ status: socket.status })
  return () => socket.off('status', update)
}

/**
 * Gives the document a new Yjs client id for the items it writes from now on: called whenever the
 * identity mode changes, so that no client id writes both with and without a name (the server refuses
 * that; README, "Anonymity"). Yjs itself reassigns `clientID` the same way when it meets a clash.
 */
export function newWriterId(doc: Y.Doc) {
  doc.clientID = crypto.getRandomValues(new Uint32Array(1))[0]
}
