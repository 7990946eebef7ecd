/**
 * Pins the library behaviour that server/librarySeams.ts relies on. When an upgrade of yjs,
 * @hocuspocus/* or crossws changes one of these, the named test fails instead of durability, the
 * relay or the write guard breaking silently.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Redis } from '@hocuspocus/extension-redis'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { Hocuspocus, MessageType, OutgoingMessage, type Connection, type WebSocketLike } from '@hocuspocus/server'
import crossws from 'crossws/adapters/node'
import { Redis as RedisClient } from 'ioredis'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket as NodeWebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  addressed,
  applyWhileLoading,
  authenticationMessage,
  documentChannel,
  HocuspocusMessage,
  hasPendingChanges,
  interceptSend,
  mapItems,
  publishToDocument,
  rawWebSocket,
  readAddressed,
  readCloseReason,
  readPermissionDenied,
  remapCloses,
  replyChannel,
  withoutScratchState,
} from '../../server/librarySeams.ts'
import { eventually } from '../helpers/retry.ts'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise((resolve) => server.close(resolve)))
  return (server.address() as AddressInfo).port
}

describe('crossws', () => {
  it('exposes the peer’s own ws socket, which rawWebSocket returns instead of the Proxy', async () => {
    const peers: { websocket: unknown }[] = []
    const ws = crossws({ hooks: { open: (peer) => void peers.push(peer as unknown as { websocket: unknown }) } })
    const server = createServer()
    server.on('upgrade', (request, socket, head) => ws.handleUpgrade(request, socket, head))
    const port = await listen(server)
    const client = new WebSocket(`ws://127.0.0.1:${port}/`)
    // Closing before the handshake ends makes ws emit 'error'; unheard, it would crash the test run.
    client.addEventListener('error', () => {})
    cleanups.push(() => client.close())
    await eventually(() => expect(peers).toHaveLength(1))
    // crossws bundles its own copy of `ws`: the raw socket is that class, not the Proxy around it.
    const socket = rawWebSocket(peers[0]) as unknown as { readyState: number }
    expect(socket).not.toBe(peers[0].websocket)
    expect(socket.readyState).toBe(1)
    expect(typeof (socket as unknown as { send: unknown }).send).toBe('function')
  })
})

describe('crossws: closes', () => {
  it('closes a message over maxPayload through the raw socket’s close method, so remapCloses sees it', async () => {
    const ws = crossws({
      serverOptions: { maxPayload: 1024 },
      hooks: {
        open: (peer) =>
          remapCloses(rawWebSocket(peer), (code, reason) =>
            code === 1009 ? { code: 4413, reason: 'too-big' } : { code, reason },
          ),
      },
    })
    const server = createServer()
    server.on('upgrade', (request, socket, head) => ws.handleUpgrade(request, socket, head))
    const port = await listen(server)
    const client = new NodeWebSocket(`ws://127.0.0.1:${port}/`)
    const closed = new Promise<[number, string]>((resolve) =>
      client.on('close', (code, reason) => resolve([code, reason.toString()])),
    )
    await new Promise((resolve) => client.once('open', resolve))
    client.send(new Uint8Array(2048))
    expect(await closed).toEqual([4413, 'too-big'])
  })
})

describe('@hocuspocus/server wire format', () => {
  it('frames every message as [document name][type][body], with the types and auth sub-types the door translates', () => {
    const denied = readAddressed(new OutgoingMessage('room/board').writePermissionDenied('wrong-room').toUint8Array())
    expect(denied.type).toBe(HocuspocusMessage.Auth)
    expect(readPermissionDenied(denied.body)).toBe('wrong-room')
    expect(
      readPermissionDenied(
        readAddressed(new OutgoingMessage('room/board').writeAuthenticated(false).toUint8Array()).body,
      ),
    ).toBeNull()

    const closed = readAddressed(new OutgoingMessage('room/board').writeCloseMessage('invalid-record').toUint8Array())
    expect(closed.type).toBe(HocuspocusMessage.Close)
    expect(readCloseReason(closed.body)).toBe('invalid-record')

    // Sync and SyncReply carry y-protocols sync bodies: the same bytes y-websocket reads after its type.
    const doc = new Y.Doc()
    doc.getMap('m').set('k', 1)
    const reply = new OutgoingMessage('room/board').createSyncReplyMessage()
    syncProtocol.writeSyncStep2(reply.encoder, doc)
    const read = readAddressed(reply.toUint8Array())
    expect(read.type).toBe(HocuspocusMessage.SyncReply)
    const step2 = encoding.createEncoder()
    syncProtocol.writeSyncStep2(step2, doc)
    expect(read.body).toEqual(encoding.toUint8Array(step2))
    expect(read.unaddressed[0]).toBe(MessageType.SyncReply)
    expect(HocuspocusMessage).toMatchObject({ Sync: 0, Awareness: 1, Auth: 2, SyncReply: 4, Close: 7 })
  })

  it('authenticates a connection with authenticationMessage, queues what came before, and answers addressed sync messages', async () => {
    const tokens: string[] = []
    const hocuspocus = new Hocuspocus({
      quiet: true,
      extensions: [
        {
          async onAuthenticate({ token }: { token: string }) {
            tokens.push(token)
          },
        },
      ],
    })
    const sent: { type: number; body: Uint8Array }[] = []
    const socket: WebSocketLike = {
      readyState: 1,
      send: (message) => void sent.push(readAddressed(message as Uint8Array)),
      close: () => {},
    }
    const connection = hocuspocus.handleConnection(socket, new Request('http://localhost/'))
    cleanups.push(() => connection.handleClose())
    connection.handleMessage(authenticationMessage('pinned', 'the-token'))
    const step1 = encoding.createEncoder()
    encoding.writeVarUint(step1, MessageType.Sync)
    syncProtocol.writeSyncStep1(step1, new Y.Doc())
    connection.handleMessage(addressed('pinned', encoding.toUint8Array(step1)))
    await eventually(() => expect(sent.map((m) => m.type)).toContain(MessageType.Sync))
    expect(tokens).toEqual(['the-token'])
    expect(sent[0].type).toBe(MessageType.Auth) // "authenticated" comes first
  })
})

describe('@hocuspocus/server', () => {
  it('sends every message to a connection through connection.send, the acknowledgement (SyncStatus) included', async () => {
    const seen: number[] = []
    let held: (() => void) | undefined
    const address = (connection: Connection) => {
      const encoder = encoding.createEncoder()
      encoding.writeVarString(encoder, connection.messageAddress)
      return encoding.length(encoder)
    }
    const hocuspocus = new Hocuspocus({
      quiet: true,
      extensions: [
        {
          async connected({ connection }: { connection: Connection }) {
            const typeOffset = address(connection)
            interceptSend(connection, (message, send) => {
              seen.push(message[typeOffset])
              // Hold the acknowledgement of the first update: the provider stays unsynced until it goes.
              if (message[typeOffset] === MessageType.SyncStatus && !held) held = () => send(message)
              else send(message)
            })
          },
        },
      ],
    })
    const server = createServer()
    const clients = new Map<object, ReturnType<Hocuspocus['handleConnection']>>()
    const ws = crossws({
      hooks: {
        open: (peer) => {
          clients.set(peer, hocuspocus.handleConnection(rawWebSocket(peer), peer.request as Request))
        },
        message: (peer, message) => clients.get(peer)?.handleMessage(message.uint8Array()),
        close: (peer, event) =>
          clients.get(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' }),
      },
    })
    server.on('upgrade', (request, socket, head) => ws.handleUpgrade(request, socket, head))
    const port = await listen(server)

    const doc = new Y.Doc()
    const websocketProvider = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}` })
    const provider = new HocuspocusProvider({ websocketProvider, name: 'seams', document: doc, token: 'x' })
    provider.attach()
    cleanups.push(() => {
      provider.destroy()
      websocketProvider.destroy()
    })
    await eventually(() => expect(provider.isSynced).toBe(true))
    doc.getMap('m').set('k', 1)
    await eventually(() => expect(held).toBeDefined())
    expect(provider.hasUnsyncedChanges).toBe(true)
    held!()
    await eventually(() => expect(provider.hasUnsyncedChanges).toBe(false))
    expect(seen).toContain(MessageType.SyncStatus)
  })

  it('hands beforeHandleAwareness a scratch Awareness whose own empty state comes first; withoutScratchState removes it', async () => {
    const seen: { ids: number[]; first: unknown; kept: number[] }[] = []
    const hocuspocus = new Hocuspocus({
      quiet: true,
      extensions: [
        {
          async beforeHandleAwareness({ states }: { states: Map<number, Record<string, unknown>> }) {
            const ids = [...states.keys()]
            const first = states.get(ids[0])
            seen.push({ ids, first, kept: [...withoutScratchState(states).keys()] })
          },
        },
      ],
    })
    const server = createServer()
    const clients = new Map<object, ReturnType<Hocuspocus['handleConnection']>>()
    const ws = crossws({
      hooks: {
        open: (peer) => {
          clients.set(peer, hocuspocus.handleConnection(rawWebSocket(peer), peer.request as Request))
        },
        message: (peer, message) => clients.get(peer)?.handleMessage(message.uint8Array()),
        close: (peer, event) =>
          clients.get(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' }),
      },
    })
    server.on('upgrade', (request, socket, head) => ws.handleUpgrade(request, socket, head))
    const port = await listen(server)
    const doc = new Y.Doc()
    const websocketProvider = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}` })
    const provider = new HocuspocusProvider({ websocketProvider, name: 'seams', document: doc, token: 'x' })
    provider.attach()
    cleanups.push(() => {
      provider.destroy()
      websocketProvider.destroy()
    })
    await eventually(() => expect(provider.isSynced).toBe(true))
    provider.setAwarenessField('cursor', { x: 1 })
    const message = await eventually(() => {
      const found = seen.find((s) => s.ids.includes(doc.clientID))
      if (!found) throw new Error('no awareness message with the provider’s state yet')
      return found
    })
    expect(message.ids[0]).not.toBe(doc.clientID)
    expect(message.first).toEqual({})
    expect(message.kept).toEqual([doc.clientID])
  })
  it('listens to its document’s updates from the start of onLoadDocument; applyWhileLoading skips them, then they are heard again', async () => {
    const source = new Y.Doc()
    source.getMap('m').set('stored', 1)
    const state = Y.encodeStateAsUpdateV2(source)
    const heardWhileLoading: Uint8Array[] = []
    const changes: Uint8Array[] = []
    const hocuspocus = new Hocuspocus({
      quiet: true,
      extensions: [
        {
          async onLoadDocument({ document }: { document: Y.Doc }) {
            const observers = (document as unknown as { _observers: Map<string, Set<unknown>> })._observers
            // Hocuspocus's own listener is there already: without the seam, Yjs would encode the state for it.
            expect(observers.get('update')?.size).toBeGreaterThan(0)
            const spy = (update: Uint8Array) => heardWhileLoading.push(update)
            document.on('update', spy)
            applyWhileLoading(document, state)
            document.off('update', spy)
          },
          async onChange({ update }: { update: Uint8Array }) {
            changes.push(update)
          },
        },
      ],
    })
    const connection = await hocuspocus.openDirectConnection('loading')
    cleanups.push(() => connection.disconnect())
    expect(heardWhileLoading).toEqual([])
    await connection.transact((doc) => {
      expect(doc.getMap('m').get('stored')).toBe(1)
      doc.getMap('m').set('later', 2)
    })
    // Hocuspocus heard the later change through its own 'update' listener, restored after loading.
    await eventually(() => expect(changes).toHaveLength(1))
  })
})

describe('@hocuspocus/extension-redis', () => {
  it('names its channels <prefix>:<document> and <prefix>#reply:<identifier>, and frames messages with its identifier', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
    const prefix = `pin-${process.pid}-${Date.now()}`
    const redis = new Redis({
      prefix,
      identifier: 'me',
      createClient: () => new RedisClient(url, { maxRetriesPerRequest: 1 }),
    })
    const listener = new RedisClient(url, { maxRetriesPerRequest: 1 })
    cleanups.push(
      () => listener.quit(),
      () => redis.onDestroy(),
    )
    expect(documentChannel(redis, 'room/board')).toBe(`${prefix}:room/board`)
    expect(replyChannel(redis, 'other')).toBe(`${prefix}#reply:other`)

    const received: Buffer[] = []
    listener.on('messageBuffer', (_channel: Buffer, message: Buffer) => received.push(message))
    await listener.subscribe(`${prefix}:room/board`)
    await publishToDocument(redis, 'room/board', new Uint8Array([7, 8]))
    // The frame: the identifier's length, the identifier, then the message.
    await eventually(() => expect(received).toEqual([Buffer.from([2, 109, 101, 7, 8])]))
  })
})

describe('yjs', () => {
  it('keeps structs pending in store.pendingStructs when an update refers to changes the doc lacks', () => {
    const source = new Y.Doc()
    const map = source.getMap('m')
    map.set('a', 1)
    const before = Y.encodeStateVector(source)
    map.set('b', 2)
    const second = Y.encodeStateAsUpdate(source, before)

    const target = new Y.Doc()
    expect(hasPendingChanges(target)).toBe(false)
    Y.applyUpdate(target, second)
    expect(hasPendingChanges(target)).toBe(true)
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source))
    expect(hasPendingChanges(target)).toBe(false)
  })

  it('keeps a Y.Map’s last item per key in _map, deleted ones included', () => {
    const doc = new Y.Doc()
    const map = doc.getMap('m')
    map.set('a', 1)
    map.set('a', 2)
    map.set('b', 3)
    map.delete('b')
    const items = mapItems(map)
    expect([...items.keys()].sort()).toEqual(['a', 'b'])
    expect((items.get('a')!.content as Y.ContentAny).arr).toEqual([2])
    expect(items.get('b')!.deleted).toBe(true)
  })
})
