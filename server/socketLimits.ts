/**
 * Caps on WebSockets, so that nobody can pin the server's memory with sockets or crowd out a room:
 *
 * - unauthenticated sockets, over the server (MAX_UNAUTHENTICATED_SOCKETS) and per network address
 *   (MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS): an upgrade beyond either is answered 429, no socket made;
 * - a socket that has authenticated no document within AUTHENTICATION_TIMEOUT_MS is closed (4408);
 * - sockets per participant token (MAX_SOCKETS_PER_TOKEN): one more is closed once it authenticates
 *   (4409 `too-many-sockets`);
 * - a participant shut out by the write guard (refusals.ts) is closed likewise (4403 `shut-out`).
 *
 * It is a Hocuspocus extension (it hears when a socket authenticates) plus three calls from the
 * WebSocket server: `admits` at the upgrade, `opened` and `closed`.
 */
import type { IncomingMessage } from 'node:http'
import type { connectedPayload, Extension, onAuthenticatePayload } from '@hocuspocus/server'
import { CloseEvents } from '../shared/protocol.ts'
import type { Refusals } from './refusals.ts'

export interface SocketCaps {
  maxUnauthenticated: number
  maxUnauthenticatedPerAddress: number
  maxPerToken: number
  authenticationTimeoutMs: number
  /** Express's trust proxy setting (TRUST_PROXY): whether X-Forwarded-For names the address. */
  trustProxy: boolean | number | string | null
}

interface Socket {
  address: string
  close: (code: number, reason: string) => void
  /** The participant it authenticated as, once it has. */
  participantId: string | null
  timer: NodeJS.Timeout
}

/** The key Hocuspocus carries in each connection's context, naming the socket it came through. */
export const SOCKET_KEY = 'socketKey'

export class SocketLimits implements Extension {
  // Before Authentication (1000): a shut-out token is refused before it costs a verification and a lookup.
  priority = 1010
  private readonly caps: SocketCaps
  private readonly refusals: Refusals | null
  private readonly sockets = new Map<string, Socket>()
  private unauthenticated = 0
  private readonly unauthenticatedByAddress = new Map<string, number>()
  private readonly byParticipant = new Map<string, Set<string>>()
  /** Which participant each token seen lately belongs to, so a shut-out token is known by the token alone. */
  private readonly tokenOwners = new Map<string, string>()
  /** The token each socket authenticated with, until `connected` says whose it is. */
  private readonly tokenOfSocket = new Map<string, string>()

  constructor(caps: SocketCaps, refusals?: Refusals) {
    this.caps = caps
    this.refusals = refusals ?? null
  }

  /** The client's network address: the socket's, or the forwarded one behind a trusted proxy. */
  addressOf(request: { headers: unknown }, socketAddress: string | undefined): string {
    const own = socketAddress ?? 'unknown'
    if (this.caps.trustProxy === null || this.caps.trustProxy === false) return own
    const headers = request.headers as { get?: (name: string) => string | null } & Record<
      string,
      string | string[] | undefined
    >
    const header = typeof headers.get === 'function' ? headers.get('x-forwarded-for') : headers['x-forwarded-for']
    const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    if (chain.length === 0) return own
    // A number is the count of trusted proxies in front: the client is that many hops back.
    if (typeof this.caps.trustProxy === 'number') return chain[Math.max(0, chain.length - this.caps.trustProxy)] ?? own
    return chain[0]
  }

  /** Whether a new socket from this upgrade request may be made at all. */
  admits(request: IncomingMessage): boolean {
    const address = this.addressOf(request, request.socket.remoteAddress)
    return (
      this.unauthenticated < this.caps.maxUnauthenticated &&
      (this.unauthenticatedByAddress.get(address) ?? 0) < this.caps.maxUnauthenticatedPerAddress
    )
  }

  /** A socket opened: counted as unauthenticated until it authenticates. Returns Hocuspocus's default context for it. */
  opened(key: string, address: string, close: Socket['close']): Record<string, string> {
    const timer = setTimeout(() => {
      const socket = this.sockets.get(key)
      if (socket && socket.participantId === null)
        socket.close(CloseEvents.AuthenticationTimeout.code, CloseEvents.AuthenticationTimeout.reason)
    }, this.caps.authenticationTimeoutMs)
    timer.unref()
    this.sockets.set(key, { address, close, participantId: null, timer })
    this.count(address, +1)
    return { [SOCKET_KEY]: key }
  }

  closed(key: string) {
    const socket = this.sockets.get(key)
    if (!socket) return
    this.sockets.delete(key)
    this.tokenOfSocket.delete(key)
    clearTimeout(socket.timer)
    if (socket.participantId === null) {
      this.count(socket.address, -1)
      return
    }
    const sockets = this.byParticipant.get(socket.participantId)
    sockets?.delete(key)
    if (sockets?.size === 0) this.byParticipant.delete(socket.participantId)
  }

  /** A token whose participant is shut out is refused at once (`shut-out`), before Authentication runs. */
  async onAuthenticate({ token, context }: onAuthenticatePayload) {
    const key: string | undefined = context?.[SOCKET_KEY]
    const owner = this.tokenOwners.get(token)
    if (owner !== undefined && this.refusals?.isShutOut(owner)) {
      if (key !== undefined) this.sockets.get(key)?.close(CloseEvents.ShutOut.code, CloseEvents.ShutOut.reason)
      throw Object.assign(new Error('authentication failed: shut-out'), { reason: 'shut-out' })
    }
    if (key !== undefined && this.sockets.has(key)) this.tokenOfSocket.set(key, token)
  }

  /**
   * The socket authenticated a document: it counts for its participant now, not as unauthenticated.
   * A participant shut out, or with MAX_SOCKETS_PER_TOKEN sockets already, is closed instead. (Here and
   * not in onAuthenticate: Hocuspocus hands extensions' onAuthenticate the context from before
   * Authentication added the session.)
   */
  async connected({ context, connection }: connectedPayload) {
    const key: string | undefined = context?.[SOCKET_KEY]
    const participantId: string | undefined = context?.session?.sub
    const socket = key === undefined ? undefined : this.sockets.get(key)
    if (!socket || !participantId) return
    const token = this.tokenOfSocket.get(key!)
    if (token !== undefined) {
      this.tokenOfSocket.delete(key!)
      // Bounded: tokens of participants seen on this instance, forgotten in bulk when it grows large.
      if (this.tokenOwners.size > 100_000) this.tokenOwners.clear()
      this.tokenOwners.set(token, participantId)
    }
    if (this.refusals?.isShutOut(participantId)) {
      connection.readOnly = true
      return socket.close(CloseEvents.ShutOut.code, CloseEvents.ShutOut.reason)
    }
    if (socket.participantId !== null) return
    let sockets = this.byParticipant.get(participantId)
    if (sockets && sockets.size >= this.caps.maxPerToken) {
      connection.readOnly = true
      return socket.close(CloseEvents.TooManySockets.code, CloseEvents.TooManySockets.reason)
    }
    socket.participantId = participantId
    clearTimeout(socket.timer)
    this.count(socket.address, -1)
    if (!sockets) this.byParticipant.set(participantId, (sockets = new Set()))
    sockets.add(key!)
  }

  /** Unauthenticated sockets now: over the server, and from `address`. */
  unauthenticatedCount(address?: string): number {
    return address === undefined ? this.unauthenticated : (this.unauthenticatedByAddress.get(address) ?? 0)
  }

  private count(address: string, delta: number) {
    this.unauthenticated += delta
    const next = (this.unauthenticatedByAddress.get(address) ?? 0) + delta
    if (next <= 0) this.unauthenticatedByAddress.delete(address)
    else this.unauthenticatedByAddress.set(address, next)
  }
}
