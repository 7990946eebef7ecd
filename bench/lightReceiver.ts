/**
 * A connection that only receives: it speaks just enough of the Hocuspocus protocol (authenticate,
 * SyncStep1, then read updates) and, instead of applying each update to a Y.Doc, finds the one field
 * the bench needs (the move's send time) in the update's bytes. This keeps hundreds of connections
 * from turning the harness, not the server, into the bottleneck on two cores.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { SENT_AT_MARK } from './messages.ts'

const MESSAGE_SYNC = 0
const MESSAGE_AUTH = 2
const MESSAGE_STATELESS = 5
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2
const AUTH_TOKEN = 0
const AUTH_PERMISSION_DENIED = 1

const MARK = Buffer.from(SENT_AT_MARK)
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39
const DOT = 0x2e

export interface LightReceiver {
  close(): void
  readonly closed: boolean
}

/** Every send time stamped in an update, in order (an update may carry several moves). */
export function sentTimesIn(update: Uint8Array): number[] {
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength)
  const times: number[] = []
  // The url is stored as a UTF-8 string inside the update, so the digits after the mark are contiguous.
  for (let at = bytes.indexOf(MARK); at >= 0; at = bytes.indexOf(MARK, at + MARK.length)) {
    const start = at + MARK.length
    let end = start
    while (end < bytes.length && ((bytes[end] >= DIGIT_0 && bytes[end] <= DIGIT_9) || bytes[end] === DOT)) end++
    const value = Number(bytes.toString('latin1', start, end))
    if (end > start && Number.isFinite(value)) times.push(value)
  }
  return times
}

function message(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  write(encoder)
  return new Uint8Array(encoding.toUint8Array(encoder))
}

export function connectLightReceiver(
  wsUrl: string,
  documentName: string,
  token: string,
  onUpdate: (update: Uint8Array) => void,
  timeoutMs = 30_000,
): Promise<LightReceiver> {
  const socket = new WebSocket(wsUrl)
  socket.binaryType = 'arraybuffer'
  let closed = false
  // Hocuspocus closes a connection that has sent nothing for its timeout (60 s); a stateless ping keeps it open.
  const keepAlive = setInterval(() => {
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(
        message(documentName, (e) => {
          encoding.writeVarUint(e, MESSAGE_STATELESS)
          encoding.writeVarString(e, 'bench-keepalive')
        }),
      )
    }
  }, 20_000)
  const receiver: LightReceiver = {
    close() {
      clearInterval(keepAlive)
      socket.close()
    },
    get closed() {
      return closed
    },
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`light receiver not synced within ${timeoutMs} ms`)), timeoutMs)
    function fail(error: Error) {
      clearTimeout(timer)
      receiver.close()
      reject(error)
    }
    socket.addEventListener('open', () => {
      socket.send(
        message(documentName, (e) => {
          encoding.writeVarUint(e, MESSAGE_AUTH)
          encoding.writeVarUint(e, AUTH_TOKEN)
          encoding.writeVarString(e, token)
          encoding.writeVarString(e, 'bench')
        }),
      )
      // SyncStep1 with an empty state vector: "send me everything".
      socket.send(
        message(documentName, (e) => {
          encoding.writeVarUint(e, MESSAGE_SYNC)
          encoding.writeVarUint(e, 0)
          encoding.writeVarUint8Array(e, new Uint8Array([0]))
        }),
      )
    })
    socket.addEventListener('close', (event) => {
      closed = true
      clearInterval(keepAlive)
      fail(new Error(`closed before sync: ${event.code} ${event.reason}`))
    })
    socket.addEventListener('error', () => fail(new Error('websocket error')))
    socket.addEventListener('message', (event) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer))
      decoding.readVarString(decoder)
      const type = decoding.readVarUint(decoder)
      if (type === MESSAGE_AUTH && decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) {
        fail(new Error(`authentication failed: ${decoding.readVarString(decoder)}`))
      } else if (type === MESSAGE_SYNC) {
        const step = decoding.readVarUint(decoder)
        if (step === SYNC_STEP_2) {
          clearTimeout(timer)
          resolve(receiver)
        } else if (step === SYNC_UPDATE) {
          onUpdate(decoding.readVarUint8Array(decoder))
        }
      }
    })
  })
}
