/**
 * The y-websocket protocol onto Hocuspocus's and back. A y-websocket message is `[type][body]`; a
 * Hocuspocus message is the same with the document name in front, plus types of its own. Sync and
 * awareness bodies are the same y-protocols bytes on both sides, so they pass through unchanged.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { messagePermissionDenied } from 'y-protocols/auth'
import { addressed, HocuspocusMessage, readAddressed, readCloseReason, readPermissionDenied } from '../librarySeams.ts'

/** y-websocket's message types (y-websocket.js: messageSync, messageAwareness, messageAuth). */
const YMessage = { Sync: 0, Awareness: 1, Auth: 2 } as const

/**
 * A client's message, addressed to `documentName` for Hocuspocus; null when it is not a sync or
 * awareness message (the only ones a y-websocket client sends a server).
 */
export function fromClient(documentName: string, message: Uint8Array): Uint8Array | null {
  let type: number
  try {
    type = decoding.readVarUint(decoding.createDecoder(message))
  } catch {
    return null
  }
  return type === YMessage.Sync || type === YMessage.Awareness ? addressed(documentName, message) : null
}

/** What to do with a message Hocuspocus sends to a door connection. */
export type ToClient =
  | { send: Uint8Array }
  | { drop: true }
  /** Authentication was refused: tell the client why (y-protocols auth), then close. */
  | { denied: string; send: Uint8Array }
  /** Hocuspocus closed the document connection: close the socket. */
  | { closed: string }

export function toClient(message: Uint8Array): ToClient {
  const { type, body, unaddressed } = readAddressed(message)
  switch (type) {
    case HocuspocusMessage.Sync:
    case HocuspocusMessage.Awareness:
      return { send: unaddressed }
    case HocuspocusMessage.SyncReply:
      // The same sync body; y-websocket knows it as an ordinary sync message.
      return { send: withType(YMessage.Sync, body) }
    case HocuspocusMessage.Auth: {
      const reason = readPermissionDenied(body)
      if (reason === null) return { drop: true } // "authenticated", token requests: y-websocket has neither
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, YMessage.Auth)
      encoding.writeVarUint(encoder, messagePermissionDenied)
      encoding.writeVarString(encoder, reason)
      return { denied: reason, send: encoding.toUint8Array(encoder) }
    }
    case HocuspocusMessage.Close:
      return { closed: readCloseReason(body) }
    default:
      // Acknowledgements (SyncStatus), stateless messages, pings: y-websocket cannot read them.
      return { drop: true }
  }
}

function withType(type: number, body: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  encoding.writeUint8Array(encoder, body)
  return encoding.toUint8Array(encoder)
}
