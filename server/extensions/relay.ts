/**
 * Multi-instance relay: @hocuspocus/extension-redis publishes every document change and awareness
 * update to the other instances through Redis and applies theirs (origin `{ source: 'redis' }`).
 * It stores nothing itself: each instance stores every change to its open documents, relayed ones
 * included (persistence.ts: its participants may build on them, and their edits are acknowledged only
 * once everything before them is stored here), and the write guard checks edits against them.
 *
 * What instances missed while Redis was down would otherwise wait for the next edit, so when Redis is
 * back the relay:
 * - subscribes again to its reply channel and every loaded document's channel, itself: ioredis
 *   resubscribes on its own, but forgets the channels for good if that resubscription fails;
 * - announces every loaded document with a SyncStep1 (as the extension does when a document loads),
 *   to which each other instance answers with what this one lacks and asks for what it lacks itself.
 *   The announcement is repeated for a few seconds, because each client of each instance reconnects on
 *   its own backoff and an announcement made before another instance listens again is lost.
 */
import { OutgoingMessage } from '@hocuspocus/server'
import { Redis } from '@hocuspocus/extension-redis'
import { Redis as RedisClient } from 'ioredis'
import type { Logger } from 'pino'
import { documentChannel, publishToDocument, replyChannel, subscribeAgain } from '../librarySeams.ts'

/** When to announce the open documents, in ms after a Redis client is back (ioredis's backoff reaches 2 s). */
const ANNOUNCE_AFTER_MS = [200, 1_000, 2_500, 5_000, 10_000]

class ResyncingRedis extends Redis {
  private announcements: NodeJS.Timeout[] = []
  stopping = false

  /** Subscribes again to every channel this instance needs (Redis ignores a repeated SUBSCRIBE). */
  async resubscribe(): Promise<number> {
    const names = [...(this.instance?.documents.keys() ?? [])]
    const channels = [
      replyChannel(this, this.configuration.identifier),
      ...names.map((name) => documentChannel(this, name)),
    ]
    await subscribeAgain(this, channels)
    return channels.length
  }

  /** Announces every loaded document now and again over the next seconds (a later return restarts it). */
  scheduleAnnouncements() {
    for (const timer of this.announcements) clearTimeout(timer)
    this.announcements = ANNOUNCE_AFTER_MS.map((ms) => setTimeout(() => this.announceAll(), ms))
  }

  private announceAll() {
    for (const [name, document] of this.instance?.documents ?? []) {
      const message = new OutgoingMessage(name).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array()
      publishToDocument(this, name, message).catch(() => {})
    }
  }

  async onDestroy() {
    this.stopping = true
    for (const timer of this.announcements) clearTimeout(timer)
    await super.onDestroy()
  }
}

export function createRelay(opts: { redisUrl: string; log: Logger }): Redis {
  let relay: ResyncingRedis | undefined
  const createClient = () => {
    // A connection attempt that hangs (no refusal, no answer) is given up after 3 s, not ioredis's
    // default 10 s, so that instances resume relaying soon after Redis is back.
    const client = new RedisClient(opts.redisUrl, { maxRetriesPerRequest: 3, connectTimeout: 3_000 })
    // The extension answers another instance's SyncStep1 or presence query with a publish whose promise
    // nobody awaits (Hocuspocus's MessageReceiver drops what `reply` returns). While this publisher is
    // down that publish rejects, and an unhandled rejection ends the process: every participant of this
    // instance would lose their connection to a Redis blip. Each publish is handled here (the failure
    // reported once per outage); a caller that awaits one still gets its error. What went unanswered is
    // made up by the announcements once this connection is back.
    let publishFailed = false
    const publish = client.publish.bind(client) as (channel: string, message: Buffer) => Promise<number>
    client.publish = ((channel: string, message: Buffer) => {
      const sent = publish(channel, message)
      sent.catch((error: Error) => {
        if (publishFailed || relay?.stopping) return
        publishFailed = true
        opts.log.warn({ err: error }, 'could not publish to Redis; the other instances catch up once it is back')
      })
      return sent
    }) as typeof client.publish
    // Reconnection is ioredis's job; report an outage once, not on every retry. A connection can
    // close without an error (Redis shut down) and come back before any retry fails.
    let lost = false
    const markLost = (error?: Error) => {
      if (lost || relay?.stopping) return
      lost = true
      opts.log.warn({ err: error }, 'Redis is unreachable; instances are not relaying updates until it is back')
    }
    client.on('error', markLost)
    client.on('close', () => markLost())
    client.on('ready', () => {
      if (!lost || !relay) return
      lost = false
      publishFailed = false
      const role = client === relay.sub ? 'subscriber' : 'publisher'
      opts.log.info(`Redis is back (${role} connection); announcing the open documents to the other instances`)
      if (role === 'subscriber') {
        relay.resubscribe().then(
          (count) => opts.log.info(`subscribed again to ${count} Redis channels`),
          (error) =>
            opts.log.warn(
              { err: error },
              'could not subscribe again to the Redis channels; the next reconnection tries again',
            ),
        )
      }
      relay.scheduleAnnouncements()
    })
    return client
  }
  relay = new ResyncingRedis({ createClient, prefix: 'capital-room' })
  return relay
}
