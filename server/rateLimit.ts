/**
 * Messages a WebSocket may send, counted as they arrive — per connection, never per network address,
 * so a whole city hall behind one address is not punished for one client. A token bucket: a burst
 * passes at once, the sustained rate refills it, and a connection that runs `maxBacklogSeconds` of
 * messages beyond that is flooding and gets closed (4429).
 */
export interface RateLimitOptions {
  /** Sustained messages per second per connection. */
  messagesPerSecond: number
  /** Messages a connection may send at once on top of the rate. Default 5 s worth. */
  burst?: number
  /** How far into debt (in seconds of the rate) a connection may go before it is closed. Default 10. */
  maxBacklogSeconds?: number
}

interface Bucket {
  tokens: number
  updatedAt: number
}

export class MessageRateLimit {
  private readonly buckets = new Map<string, Bucket>()
  private readonly rate: number
  private readonly burst: number
  private readonly floor: number

  constructor(options: RateLimitOptions) {
    this.rate = options.messagesPerSecond
    this.burst = options.burst ?? options.messagesPerSecond * 5
    this.floor = -(options.maxBacklogSeconds ?? 10) * options.messagesPerSecond
  }

  /** Counts one message of `connectionId`; false when the connection is flooding. */
  allow(connectionId: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(connectionId) ?? { tokens: this.burst, updatedAt: now }
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.rate) - 1
    bucket.updatedAt = now
    this.buckets.set(connectionId, bucket)
    return bucket.tokens >= this.floor
  }

  forget(connectionId: string) {
    this.buckets.delete(connectionId)
  }
}
