/**
 * Multi-instance relay: @hocuspocus/extension-redis publishes every document change and awareness
 * update to the other instances through Redis and applies theirs (origin `{ source: 'redis' }`).
 * It does not store anything: each instance stores what its own participants send, in the shared
 * database (persistence.ts skips relayed updates; the write guard applies them to its shadow).
 */
import { Redis } from '@hocuspocus/extension-redis'
import { Redis as RedisClient } from 'ioredis'
import type { Logger } from 'pino'

export function createRelay(opts: { redisUrl: string; log: Logger }): Redis {
  const createClient = () => {
    const client = new RedisClient(opts.redisUrl, { maxRetriesPerRequest: 3 })
    // Reconnection is ioredis's job; report an outage once, not on every retry.
    let reported = false
    client.on('error', (error: Error) => {
      if (!reported) opts.log.warn({ err: error }, 'Redis is unreachable; instances are not relaying updates until it is back')
      reported = true
    })
    client.on('ready', () => (reported = false))
    return client
  }
  return new Redis({ createClient, prefix: 'capital-room' })
}
