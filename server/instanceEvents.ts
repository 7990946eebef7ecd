/**
 * Events every instance must act on, not only the one that handled the request: a participant removed
 * or admitted. (A room's closing travels in its control document instead.) With REDIS_URL they go through Redis pub/sub (each instance, the
 * publisher included, gets every event once); without it, straight to this instance's listeners.
 * An event missed while Redis is down is not lost for REST or new sockets: both check the store.
 */
import { Redis as RedisClient } from 'ioredis'
import type { Logger } from 'pino'
import { z } from 'zod'

const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('participant-removed'), roomId: z.string(), participantId: z.string() }),
  z.object({ type: z.literal('participant-admitted'), roomId: z.string(), participantId: z.string() }),
])
export type InstanceEvent = z.infer<typeof eventSchema>

const CHANNEL = 'capital-room:instance-events'
/** Removal must reach sockets within 2 s: past this, act on this instance alone. */
const PUBLISH_TIMEOUT_MS = 1_000

export interface InstanceEvents {
  /** Resolves once the event is handed to Redis (or, alone, handled here). */
  publish(event: InstanceEvent): Promise<void>
  subscribe(listener: (event: InstanceEvent) => void): void
  close(): Promise<void>
}

export function createInstanceEvents(opts: { redisUrl: string | null; log: Logger }): InstanceEvents {
  const listeners: ((event: InstanceEvent) => void)[] = []
  const deliver = (event: InstanceEvent) => {
    for (const listener of listeners) {
      try {
        listener(event)
      } catch (error) {
        opts.log.error({ err: error, event }, 'an instance event listener failed')
      }
    }
  }
  if (!opts.redisUrl) {
    return {
      publish: async (event) => deliver(event),
      subscribe: (listener) => void listeners.push(listener),
      close: async () => {},
    }
  }

  const publisher = new RedisClient(opts.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false })
  const subscriber = new RedisClient(opts.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false })
  for (const client of [publisher, subscriber])
    client.on('error', (error) => opts.log.debug({ err: error }, 'instance events: Redis error'))
  const subscribed = subscriber
    .subscribe(CHANNEL)
    .catch((error) => opts.log.warn({ err: error }, 'instance events: cannot subscribe'))
  subscriber.on('message', (channel, message) => {
    if (channel !== CHANNEL) return
    try {
      const parsed = eventSchema.safeParse(JSON.parse(message))
      if (parsed.success) deliver(parsed.data)
    } catch {
      // not ours: ignore
    }
  })
  return {
    async publish(event) {
      try {
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('Redis did not take it in time')), PUBLISH_TIMEOUT_MS).unref(),
        )
        await Promise.race([subscribed.then(() => publisher.publish(CHANNEL, JSON.stringify(event))), timeout])
      } catch (error) {
        // Redis is down: act here at least; the others refuse the tokens through the store.
        opts.log.warn({ err: error }, 'instance events: cannot publish, acting on this instance only')
        deliver(event)
      }
    },
    subscribe: (listener) => void listeners.push(listener),
    async close() {
      publisher.disconnect()
      subscriber.disconnect()
    },
  }
}
