/**
 * A raw WebSocket client speaking just enough of the Hocuspocus protocol to misbehave: authenticate,
 * then send whatever bytes a test wants. For attack and fuzz tests.
 */
import * as encoding from 'lib0/encoding'

export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, BroadcastStateless: 6 } as const

export function frame(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export const authFrame = (documentName: string, token: string) =>
  frame(documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Auth)
    encoding.writeVarUint(e, 0) // AuthMessageType.Token
    encoding.writeVarString(e, token)
  })

/** A y-protocols sync message of type `step` (2 = update) carrying `payload` as the update. */
export const syncFrame = (documentName: string, payload: Uint8Array, step = 2) =>
  frame(documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Sync)
    encoding.writeVarUint(e, step)
    encoding.writeVarUint8Array(e, payload)
  })

export interface RawSocket {
  socket: WebSocket
  closed: Promise<{ code: number; reason: string }>
  send(data: Uint8Array): boolean
}

export async function openRawSocket(wsUrl: string): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl)
  socket.binaryType = 'arraybuffer'
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.addEventListener('close', (e) => resolve({ code: e.code, reason: e.reason })),
  )
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve())
    socket.addEventListener('error', () => reject(new Error('socket failed to open')))
  })
  return {
    socket,
    closed,
    send(data) {
      if (socket.readyState !== WebSocket.OPEN) return false
      socket.send(data as Uint8Array<ArrayBuffer>)
      return true
    },
  }
}

/** Deterministic pseudo-random bytes (mulberry32), so a failing fuzz run can be replayed. */
export function randomBytes(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256))
}
