/**
 * The y-websocket door: `/yjs/<roomId>/<board|control>?token=<session token>` for any Yjs client
 * (`new WebsocketProvider('ws://host/yjs', `${roomId}/board`, doc, { params: { token } })`).
 *
 * A socket on the door's path is served by the same WebSocket server and the same Hocuspocus instance
 * as `/collab` (collab.ts): the same origin check, size cap and flood limit, and an ordinary Hocuspocus
 * connection. The door only translates: it sends the authentication message y-websocket never sends,
 * puts the document name in front of every client message, and turns Hocuspocus's replies into
 * y-websocket's (translate.ts). Authentication, roles, the lock, the write guard, presence identity,
 * storage and the Redis relay therefore apply exactly as on `/collab`, with no second copy.
 */
import type { WebSocketLike } from '@hocuspocus/server'
import { YJS_PATH } from '../../shared/protocol.ts'
import { authenticationMessage, remapCloses } from '../librarySeams.ts'
import { afterPermissionDenied, closedWith, YjsCloseEvents, yjsCloseEvent } from './closeEvents.ts'
import { fromClient, toClient } from './translate.ts'

/** Whether an upgrade request for `pathname` is the door's. */
export function isYjsPath(pathname: string): boolean {
  return pathname.startsWith(`${YJS_PATH}/`)
}

export interface YjsPeer {
  /** The socket to give Hocuspocus: what it sends is translated to y-websocket on the way out. */
  socket: WebSocketLike
  /** The message to hand the Hocuspocus connection first: authenticate with the URL's token. */
  authentication: Uint8Array
  /** A client message, for Hocuspocus; null when it is not one a y-websocket client sends (the socket is closed, 4400). */
  fromClient(message: Uint8Array): Uint8Array | null
}

const OPEN = 1

/** The door's side of a socket opened on `requestUrl`; null when the URL is not the door's. */
export function openYjsPeer(requestUrl: string, raw: WebSocketLike): YjsPeer | null {
  const url = new URL(requestUrl, 'http://localhost')
  if (!isYjsPath(url.pathname)) return null
  // Any name: one that is not `<roomId>/<board|control>` is refused by authentication, as on /collab.
  const documentName = decodedName(url.pathname.slice(YJS_PATH.length + 1))
  remapCloses(raw, (code, reason) => (code === undefined ? { code, reason } : yjsCloseEvent(code, reason ?? '')))
  return {
    socket: translating(raw),
    authentication: authenticationMessage(documentName, url.searchParams.get('token') ?? ''),
    fromClient(message) {
      const forHocuspocus = fromClient(documentName, message)
      if (!forHocuspocus) raw.close(YjsCloseEvents.MalformedMessage.code, YjsCloseEvents.MalformedMessage.reason)
      return forHocuspocus
    },
  }
}

function decodedName(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path // malformed escapes: refused as an unknown document
  }
}

function translating(socket: WebSocketLike): WebSocketLike {
  return {
    get readyState() {
      return socket.readyState
    },
    send(message) {
      if (socket.readyState !== OPEN) return
      const out = toClient(message as Uint8Array)
      if ('closed' in out) {
        const event = closedWith(out.closed)
        socket.close(event.code, event.reason)
      } else if ('send' in out) {
        socket.send(out.send)
        if ('denied' in out) {
          const event = afterPermissionDenied(out.denied)
          socket.close(event.code, event.reason)
        }
      }
    },
    close: (code, reason) => socket.close(code, reason),
  }
}
