/**
 * Every place where Capital Room relies on a library's internals, in one file.
 *
 * Each function here reads or patches something a library does not document as public: durability,
 * the Redis relay and the write guard depend on it. `tests/unit/librarySeams.test.ts` pins the
 * behaviour each one relies on, so an upgrade of yjs, @hocuspocus/* or crossws that changes it fails a
 * named test instead of silently breaking the server. Those libraries are pinned to exact versions in
 * package.json for the same reason.
 */
import { AuthMessageType } from '@hocuspocus/common'
import { MessageType, type Connection, type WebSocketLike } from '@hocuspocus/server'
import type { Redis } from '@hocuspocus/extension-redis'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

// --- crossws -------------------------------------------------------------------------------------

/**
 * The peer's own `ws` socket. crossws's `peer.websocket` wraps it in a Proxy (to fill in protocol,
 * extensions and url, which Hocuspocus does not read); Hocuspocus reads `readyState` and calls `send`
 * for every message to every connection, and each went through the Proxy's trap (~1 % of a core under
 * the 200-connection benchmark). Falls back to the Proxy if crossws stops exposing it.
 */
export function rawWebSocket(peer: { websocket: unknown }): WebSocketLike {
  const raw = (peer as { _internal?: { ws?: unknown } })._internal?.ws
  return (raw ?? peer.websocket) as WebSocketLike
}

/**
 * Sends every close of the peer's `ws` socket through `remap` first: the server's own closes and the
 * ones `ws` makes by itself (1009 for a message over `maxPayload`, 1002/1007 for a broken frame), which
 * call the socket's `close` method, so an own property on the socket sees them all.
 */
export function remapCloses(
  socket: WebSocketLike,
  remap: (code: number | undefined, reason: string | undefined) => { code?: number; reason?: string },
): void {
  const close = socket.close.bind(socket)
  socket.close = (code?: number, reason?: string) => {
    const mapped = remap(code, reason)
    close(mapped.code, mapped.reason)
  }
}

// --- @hocuspocus/server --------------------------------------------------------------------------

/**
 * Hocuspocus's wire format, which its documentation does not describe: every message is
 * `[document name: varString][type: varUint][body]`. Types 0 (sync) and 1 (awareness) carry the same
 * bodies as y-protocols; the others are Hocuspocus's own.
 */
export const HocuspocusMessage = {
  Sync: MessageType.Sync,
  Awareness: MessageType.Awareness,
  Auth: MessageType.Auth,
  /** A sync message answering one relayed through Redis: a y-protocols sync body. */
  SyncReply: MessageType.SyncReply,
  /** The body is a varString: why the server closed the connection to this document. */
  Close: MessageType.CLOSE,
} as const

/** `message` (a type and a body, as y-protocols writes them) addressed to `documentName`. */
export function addressed(documentName: string, message: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeUint8Array(encoder, message)
  return encoding.toUint8Array(encoder)
}

/**
 * A message Hocuspocus sends, read: its type, the bytes after the type, and the message without its
 * address (type and body). Throws on a malformed one.
 */
export function readAddressed(message: Uint8Array): { type: number; body: Uint8Array; unaddressed: Uint8Array } {
  const decoder = decoding.createDecoder(message)
  decoding.readVarString(decoder)
  const typeAt = decoder.pos
  const type = decoding.readVarUint(decoder)
  return { type, body: message.subarray(decoder.pos), unaddressed: message.subarray(typeAt) }
}

/** The message HocuspocusProvider sends first for a document: authenticate with `token`. */
export function authenticationMessage(documentName: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, MessageType.Auth)
  encoding.writeVarUint(encoder, AuthMessageType.Token)
  encoding.writeVarString(encoder, token)
  return encoding.toUint8Array(encoder)
}

/** The reason of a permission-denied auth body; null for Hocuspocus's other auth messages. */
export function readPermissionDenied(body: Uint8Array): string | null {
  const decoder = decoding.createDecoder(body)
  if (decoding.readVarUint(decoder) !== AuthMessageType.PermissionDenied) return null
  return decoding.readVarString(decoder)
}

/** The reason of a Close body. */
export function readCloseReason(body: Uint8Array): string {
  return decoding.readVarString(decoding.createDecoder(body))
}

/**
 * Routes every message a Hocuspocus connection sends through `intercept`, which gets the message and
 * the original send. Hocuspocus sends each message to a connection through `connection.send`, so
 * replacing that method (an own property assignment) sees all of them, acknowledgements included.
 */
export function interceptSend(
  connection: Connection,
  intercept: (message: Uint8Array, send: (message: Uint8Array) => void) => void,
): void {
  const send = connection.send.bind(connection)
  connection.send = (message: Uint8Array) => intercept(message, send)
}

/**
 * Hocuspocus hands `beforeHandleAwareness` the states of a scratch Awareness it decoded the message
 * into, and a new Awareness starts with a local state (`{}`) of its own random client id: the first
 * entry of the map. That entry comes from no client; left in, it is broadcast as a ghost state.
 * Removes it and returns the map.
 */
export function withoutScratchState(
  states: Map<number, Record<string, unknown>>,
): Map<number, Record<string, unknown>> {
  const first = states.keys().next()
  if (!first.done && Object.keys(states.get(first.value) ?? {}).length === 0) states.delete(first.value)
  return states
}

// --- @hocuspocus/extension-redis -----------------------------------------------------------------

/** The members of the Redis extension that TypeScript calls private but the relay must use. */
interface RedisInternals {
  pub: { publish(channel: string, message: Buffer): Promise<number> }
  sub: { subscribe(...channels: string[]): Promise<unknown> }
  pubKey(documentName: string): string
  subKey(documentName: string): string
  replyKey(identifier: string): string
  encodeMessage(message: Uint8Array): Buffer
}

const internals = (redis: Redis) => redis as unknown as RedisInternals

/** The channel the extension publishes a document's messages on and subscribes to for it. */
export function documentChannel(redis: Redis, documentName: string): string {
  return internals(redis).subKey(documentName)
}

/** The channel on which other instances answer this one's sync requests. */
export function replyChannel(redis: Redis, identifier: string): string {
  return internals(redis).replyKey(identifier)
}

/** Publishes `message` (a Hocuspocus message) on a document's channel, framed as the extension does. */
export function publishToDocument(redis: Redis, documentName: string, message: Uint8Array): Promise<number> {
  const own = internals(redis)
  return own.pub.publish(own.pubKey(documentName), own.encodeMessage(message))
}

/** Subscribes the extension's subscriber connection to `channels` again. */
export function subscribeAgain(redis: Redis, channels: string[]): Promise<unknown> {
  return internals(redis).sub.subscribe(...channels)
}

// --- yjs -----------------------------------------------------------------------------------------

/** Whether the document keeps structs or deletions waiting for changes it does not have yet. */
export function hasPendingChanges(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
}

/** A Y.Map's items by key: the last item written for each key, deleted or not. */
export function mapItems(map: Y.Map<unknown>): Map<string, Y.Item> {
  return (map as unknown as { _map: Map<string, Y.Item> })._map
}

/**
 * Applies a stored state (V2) to a document that is loading, without Yjs encoding it once more as an
 * update: Yjs encodes every transaction for the document's 'update' listeners, and Hocuspocus's
 * Document listens from its construction (handleUpdate, to broadcast to its connections). While it
 * loads, a document has no connections and its onUpdate callback is not set yet, so that encoding (60 ms
 * for a board of 5,000 ideas, on every load) went to nobody. The listeners are back once it is applied.
 */
export function applyWhileLoading(doc: Y.Doc, state: Uint8Array): void {
  const observers = (doc as unknown as { _observers: Map<string, unknown> })._observers
  const listeners = observers.get('update')
  observers.delete('update')
  try {
    Y.applyUpdateV2(doc, state)
  } finally {
    if (listeners) observers.set('update', listeners)
  }
}
