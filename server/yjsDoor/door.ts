/**
 * The y-websocket door: `/yjs/<roomId>/<board|control>?token=<session token>` for any Yjs client
 * (`new WebsocketProvider('ws://host/yjs', `${roomId}/board`, doc, { params: { token } })`).
 *
 * Each socket becomes an ordinary connection of the same Hocuspocus instance as `/collab`: the door
 * sends the authentication message y-websocket never sends, puts the document name in front of every
 * client message and translates Hocuspocus's replies (translate.ts). Authentication, roles, the lock,
 * the write guard, presence identity, storage and the Redis relay therefore apply exactly as on
 * `/collab`; the door adds no rule of its own beyond the same origin check, size cap and flood limit.
 */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server'
import crossws from 'crossws/adapters/node'
import type { Logger } from 'pino'
import { CloseEvents, YJS_PATH } from '../../shared/protocol.ts'
import type { Config } from '../config.ts'
import { authenticationMessage, rawWebSocket, remapCloses } from '../librarySeams.ts'
import { isAllowedOrigin } from '../origins.ts'
import { MessageRateLimit } from '../rateLimit.ts'
import { afterPermissionDenied, closedWith, yjsCloseEvent, YjsCloseEvents } from './closeEvents.ts'
import { fromClient, toClient } from './translate.ts'

export interface YjsDoor {
  /** Whether an upgrade request for `pathname` is the door's. */
  handles(pathname: string): boolean
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  closeAll(code: number, reason: string): void
}

const OPEN = 1

interface DoorPeer {
  documentName: string
  connection: ReturnType<Hocuspocus['handleConnection']>
  socket: WebSocketLike
}

export function createYjsDoor(deps: { hocuspocus: Hocuspocus; config: Config; log: Logger }): YjsDoor {
  const { hocuspocus, config, log } = deps
  const peers = new WeakMap<object, DoorPeer>()
  const rateLimit = new MessageRateLimit({ messagesPerSecond: config.maxMessagesPerSecond })

  const ws = crossws({
    serverOptions: { maxPayload: config.maxMessageBytes },
    hooks: {
      upgrade(request) {
        if (!isAllowedOrigin(request.headers.get('origin'), request.headers.get('host'), config)) {
          throw new Response('Origin not allowed', { status: 403 })
        }
      },
      open(peer) {
        const url = new URL(peer.request.url, 'http://localhost')
        // Any name: one that is not `<roomId>/<board|control>` is refused by authentication, as on /collab.
        const documentName = decodedName(url.pathname.slice(YJS_PATH.length + 1))
        const socket = rawWebSocket(peer)
        remapCloses(socket, (code, reason) =>
          code === undefined ? { code, reason } : yjsCloseEvent(code, reason ?? ''),
        )
        const connection = hocuspocus.handleConnection(translating(socket), peer.request as Request)
        peers.set(peer, { documentName, connection, socket })
        connection.handleMessage(authenticationMessage(documentName, url.searchParams.get('token') ?? ''))
      },
      message(peer, message) {
        const door = peers.get(peer)
        if (!door) return
        if (!rateLimit.allow(peer.id)) {
          log.warn({ peer: peer.id }, 'closing a y-websocket connection that floods messages')
          door.socket.close(CloseEvents.RateLimited.code, CloseEvents.RateLimited.reason)
          return
        }
        const forHocuspocus = fromClient(door.documentName, message.uint8Array())
        if (forHocuspocus) door.connection.handleMessage(forHocuspocus)
        else door.socket.close(YjsCloseEvents.MalformedMessage.code, YjsCloseEvents.MalformedMessage.reason)
      },
      close(peer, event) {
        rateLimit.forget(peer.id)
        peers.get(peer)?.connection.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' })
        peers.delete(peer)
      },
      error(peer, error) {
        log.warn({ err: error, peer: peer.id }, 'y-websocket error')
      },
    },
  })

  return {
    handles: (pathname) => pathname.startsWith(`${YJS_PATH}/`),
    handleUpgrade: (request, socket, head) => ws.handleUpgrade(request, socket, head),
    closeAll: (code, reason) => ws.closeAll(code, reason),
  }
}

function decodedName(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path // malformed escapes: refused as an unknown document
  }
}

/** The socket as Hocuspocus sees it: what it sends is translated to y-websocket on the way out. */
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
