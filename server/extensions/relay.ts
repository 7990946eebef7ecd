/**
 * Multi-instance relay: @hocuspocus/extension-redis publishes every document change and awareness
 * update to the other instances through Redis and applies theirs (origin `{ source: 'redis' }`).
 * It stores nothing itself: each instance stores every change to its open documents, relayed ones
 * included (persistence.ts: its participants may build on them, and their edits are acknowledged only
 * once everything before them is stored here); the write guard applies relayed updates to its shadow.
 *
 * The extension only publishes when a document changes, so what instances missed while Redis was
 * down would wait for the next edit. When the connection comes back, every loaded document is
 * announced again with a SyncStep1 (as the extension does when a document loads): each instance
 * answers with what the other lacks.
 */
import { OutgoingMessage } from '@hocuspocus/server'
import { Redis } from '@hocuspocus/extension-redis'
import { Redis as RedisClient } from 'ioredis'
import type { Logger } from 'pino'

class ResyncingRedis extends Redis {
  /** Announces every loaded document to the other instances. */
  resyncAll() {
    for (const [name, document] of this.instance?.documents ?? []) {
      const message = new OutgoingMessage(name).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array()
      // The extension's channel and framing (its pubKey and encodeMessage are private).
      this.pub.publish(`${this.configuration.prefix}:${name}`, Buffer.concat([this.messagePrefix, Buffer.from(message)])).catch(() => {})
    }
  }
}

export function createRelay(opts: { redisUrl: string; log: Logger }): Redis {
  let relay: ResyncingRedis | undefined
  const createClient = () => {
    const client = new RedisClient(opts.redisUrl, { maxRetriesPerRequest: 3 })
    // Reconnection is ioredis's job; report an outage once, not on every retry.
    let lost = false
    client.on('error', (error: Error) => {
      if (!lost) opts.log.warn({ err: error }, 'Redis is unreachable; instances are not relaying updates until it is back')
      lost = true
    })
    client.on('ready', () => {
      if (!lost) return
      lost = false
      opts.log.info('Redis is back; announcing the open documents to the other instances')
      // Both clients (publish, subscribe) come back; announcing twice is harmless.
      setTimeout(() => relay?.resyncAll(), 200)
    })
    return client
  }
  relay = new ResyncingRedis({ createClient, prefix: 'capital-room' })
  return relay
}
