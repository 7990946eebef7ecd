/**
 * The collaboration endpoint: Hocuspocus with our extensions, fed by crossws on the app's HTTP server
 * (Hocuspocus's own Server would want its own port).
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http'
import type { Duplex } from 'node:stream'
import { Hocuspocus, type WebSocketLike } from '@hocuspocus/server'
import crossws from 'crossws/adapters/node'
import type { Logger } from 'pino'
import type { Affiliation } from '../shared/cities.ts'
import { CloseEvents, COLLAB_PATH, documentName } from '../shared/protocol.ts'
import type { SessionTokens } from './auth/sessionTokens.ts'
import type { Config } from './config.ts'
import { Authentication } from './extensions/authentication.ts'
import { Facilitation } from './extensions/facilitation.ts'
import { Persistence } from './extensions/persistence.ts'
import { PresenceIdentity } from './extensions/presence.ts'
import { createRelay } from './extensions/relay.ts'
import { SessionControl } from './extensions/sessionControl.ts'
import { createInstanceEvents } from './instanceEvents.ts'
import { WriteGuard } from './extensions/writeGuard.ts'
import { BoardQuota } from './extensions/boardQuota.ts'
import { WriterLinks } from './extensions/writerLinks.ts'
import { Refusals } from './refusals.ts'
import { SocketLimits } from './socketLimits.ts'
import { isAllowedOrigin } from './origins.ts'
import { MessageRateLimit } from './rateLimit.ts'
import { type RoomDocuments, type RoomSessions, roomDocuments } from './roomDocuments.ts'
import { isYjsPath, openYjsPeer, type YjsPeer } from './yjsDoor/door.ts'
import type { Rooms } from './rooms.ts'
import type { Storage } from './storage/types.ts'

export interface Collab extends RoomDocuments, RoomSessions {
  hocuspocus: Hocuspocus
  /** Serve WebSocket upgrades on COLLAB_PATH of this HTTP server. */
  attach(server: HttpServer): void
  /** People connected to the room's board right now. */
  onlineCount(roomId: string): number
  /**
   * The room was closed: marks its control document closed, which makes every open connection to the
   * room read-only on every instance (the change reaches the others through the Redis relay, and each
   * one's facilitation extension and write guard act on it). Resolves once that is durable.
   */
  makeRoomReadOnly(roomId: string): Promise<void>
  close(): Promise<void>
}

export function createCollab(deps: {
  config: Config
  storage: Storage
  rooms: Rooms
  tokens: SessionTokens
  affiliations: Affiliation[]
  log: Logger
}): Collab {
  const { config, storage, log } = deps
  const persistence = new Persistence({ store: storage.documents, log, commitIntervalMs: config.commitIntervalMs })
  const facilitation = new Facilitation()
  const relay = config.redisUrl ? createRelay({ redisUrl: config.redisUrl, log }) : null
  const instanceEvents = createInstanceEvents({ redisUrl: config.redisUrl, log })
  const sessionControl = new SessionControl({
    refreshAccess: (roomId) => facilitation.refreshAccess(roomId),
    isClosed: (roomId) => facilitation.get(roomId).closed,
  })
  instanceEvents.subscribe((event) => sessionControl.handle(event))
  const links = new WriterLinks()
  const { limits } = config
  const refusals = new Refusals(limits)
  const socketLimits = new SocketLimits(
    {
      maxUnauthenticated: limits.maxUnauthenticatedSockets,
      maxUnauthenticatedPerAddress: limits.maxUnauthenticatedSocketsPerAddress,
      maxPerToken: limits.maxSocketsPerToken,
      authenticationTimeoutMs: limits.authenticationTimeoutMs,
      trustProxy: config.trustProxy,
    },
    refusals,
  )
  const hocuspocus = new Hocuspocus({
    quiet: true,
    maxUnauthenticatedQueueSize: limits.maxUnauthenticatedQueueBytes,
    extensions: [
      ...(relay ? [relay] : []),
      new Authentication({
        tokens: deps.tokens,
        rooms: deps.rooms,
        metadata: storage.metadata,
        affiliations: deps.affiliations,
      }),
      socketLimits,
      sessionControl,
      new PresenceIdentity({
        links,
        controlOf: (roomId) => (facilitation.has(roomId) ? facilitation.get(roomId) : null),
        limits: { maxClientIds: limits.presenceMaxClientIds, maxStateBytes: limits.presenceMaxStateBytes },
      }),
      facilitation,
      new WriteGuard({
        maxDocumentBytes: config.maxDocumentBytes,
        controlOf: (roomId) => facilitation.get(roomId),
        links,
        quota: new BoardQuota({ bytes: limits.boardQuotaBytes, records: limits.boardQuotaRecords }),
        refusals,
        onRefused: (name, context, reason) =>
          log.warn({ documentName: name, participant: context.session.sub, reason }, 'refused an update'),
      }),
      persistence,
    ],
  })

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
        // A socket on /yjs speaks y-websocket: the door translates it to and from Hocuspocus's protocol.
        const yjs = openYjsPeer(peer.request.url, rawWebSocket(peer))
        const address = socketLimits.addressOf(peer.request, peer.remoteAddress)
        const context = socketLimits.opened(peer.id, address, (code, reason) => peer.close(code, reason))
        const connection = hocuspocus.handleConnection(
          yjs?.socket ?? rawWebSocket(peer),
          peer.request as Request,
          context,
        )
        if (yjs) connection.handleMessage(yjs.authentication)
        Object.assign(peer, { hocuspocus: connection, yjs })
      },
      message(peer, message) {
        if (!rateLimit.allow(peer.id)) {
          log.warn({ peer: peer.id }, 'closing a connection that floods messages')
          peer.close(CloseEvents.RateLimited.code, CloseEvents.RateLimited.reason)
          return
        }
        const yjs = (peer as { yjs?: YjsPeer | null }).yjs
        const data = yjs ? yjs.fromClient(message.uint8Array()) : message.uint8Array()
        if (data) peerConnection(peer)?.handleMessage(data)
      },
      close(peer, event) {
        rateLimit.forget(peer.id)
        socketLimits.closed(peer.id)
        peerConnection(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' })
      },
      error(peer, error) {
        log.warn({ err: error, peer: peer.id }, 'websocket error')
      },
    },
  })

  function connectionsOf(roomId: string, kind: 'board' | 'control') {
    const document = hocuspocus.documents.get(documentName(roomId, kind))
    return document ? [...document.connections.keys()] : []
  }

  return {
    hocuspocus,
    attach(server) {
      server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost')
        if (pathname !== COLLAB_PATH && !isYjsPath(pathname)) {
          socket.end('HTTP/1.1 404 Not Found\r\n\r\n')
          return
        }
        if (!socketLimits.admits(request)) {
          socket.end('HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n\r\n')
          return
        }
        ws.handleUpgrade(request, socket, head)
      })
    },
    onlineCount: (roomId) => new Set(connectionsOf(roomId, 'board').map((c) => c.socketId)).size,
    participantChanged: (roomId, participantId, change) =>
      instanceEvents.publish({
        type: change === 'removed' ? 'participant-removed' : 'participant-admitted',
        roomId,
        participantId,
      }),
    async makeRoomReadOnly(roomId) {
      await facilitation.write(roomId, (control) => control.set('closed', true))
      await persistence.flush(documentName(roomId, 'control'))
    },
    ...roomDocuments({ hocuspocus, facilitation, persistence }),
    async close() {
      ws.closeAll(1001, 'server shutting down')
      // Storage may be down: wait for it a while, then say what stays unstored rather than hang.
      const flushed = await Promise.race([
        persistence.flush().then(() => true),
        sleep(SHUTDOWN_FLUSH_MS).then(() => false),
      ])
      if (!flushed) log.error({ unstored: persistence.backlog }, 'shutting down with changes that storage did not take')
      if (relay) {
        // Let the documents unload (the relay delays that a little) before its connections go.
        const deadline = Date.now() + 3000
        while (hocuspocus.documents.size > 0 && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 50))
        await relay.onDestroy()
      }
      await instanceEvents.close()
    },
  }
}

/** How long shutting down waits for storage to take what is still being stored. */
const SHUTDOWN_FLUSH_MS = 10_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/**
 * The peer's own `ws` socket. crossws's `peer.websocket` wraps it in a Proxy (to fill in protocol,
 * extensions and url, which Hocuspocus does not read); Hocuspocus reads `readyState` and calls `send`
 * for every message to every connection, and each went through the Proxy's trap (~1 % of a core under
 * the 200-connection benchmark). Falls back to the Proxy if crossws stops exposing it.
 */
function rawWebSocket(peer: { websocket: unknown }): WebSocketLike {
  const raw = (peer as { _internal?: { ws?: unknown } })._internal?.ws
  return (raw ?? peer.websocket) as WebSocketLike
}

function peerConnection(peer: object) {
  return (peer as { hocuspocus?: ReturnType<Hocuspocus['handleConnection']> }).hocuspocus
}
