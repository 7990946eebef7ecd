/**
 * The limits that keep one participant or one address from stalling or filling a room (issue 16,
 * section 4), each an environment variable with its default. Read once, with the rest of the
 * configuration (config.ts).
 */
import { z } from 'zod'

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const limitsEnvSchema = z.object({
  /** Awareness client ids one connection may hold on one document. */
  PRESENCE_MAX_CLIENT_IDS: count(2),
  /** Largest awareness state accepted, in bytes (as JSON); a larger one is dropped. */
  PRESENCE_MAX_STATE_BYTES: count(8 * 1024),
  /** Open WebSockets per participant token; one more is closed with 4429. */
  MAX_SOCKETS_PER_TOKEN: count(8),
  /** WebSockets that have not authenticated yet, over the whole server. */
  MAX_UNAUTHENTICATED_SOCKETS: count(1000),
  /** WebSockets that have not authenticated yet, per network address. */
  MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS: count(100),
  /** A WebSocket that has authenticated no document this long after opening is closed (4401). */
  AUTHENTICATION_TIMEOUT_MS: count(10_000),
  /** Bytes Hocuspocus queues for a socket before it authenticates (maxUnauthenticatedQueueSize). */
  MAX_UNAUTHENTICATED_QUEUE_BYTES: count(64 * 1024),
  /** Board bytes one participant may add to one board (growth of the records they write; deleting is free). */
  BOARD_QUOTA_BYTES: count(2 * 1024 * 1024),
  /** Board records one participant may create on one board. */
  BOARD_QUOTA_RECORDS: count(2_000),
  /** Shadow copies (the write guard's costly path) one token may cause per minute; beyond, 4429. */
  SHADOW_REBUILDS_PER_MINUTE: count(10),
  /** Different refused updates (within SHUT_OUT_SECONDS; ten times as many repeats) after which a token is shut out. */
  REFUSALS_BEFORE_SHUT_OUT: count(10),
  /** How long a shut-out token stays shut out, in seconds. */
  SHUT_OUT_SECONDS: count(300),
  /** REST requests per minute one token may make (429 beyond). */
  REST_REQUESTS_PER_MINUTE: count(1200),
})

export interface Limits {
  presenceMaxClientIds: number
  presenceMaxStateBytes: number
  maxSocketsPerToken: number
  maxUnauthenticatedSockets: number
  maxUnauthenticatedSocketsPerAddress: number
  authenticationTimeoutMs: number
  maxUnauthenticatedQueueBytes: number
  boardQuotaBytes: number
  boardQuotaRecords: number
  shadowRebuildsPerMinute: number
  refusalsBeforeShutOut: number
  shutOutMs: number
  restRequestsPerMinute: number
}

/** The limits from `env`, or the list of what is wrong with them. */
export function readLimits(env: NodeJS.ProcessEnv): { ok: true; limits: Limits } | { ok: false; problems: string[] } {
  const parsed = limitsEnvSchema.safeParse(env)
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) }
  const e = parsed.data
  return {
    ok: true,
    limits: {
      presenceMaxClientIds: e.PRESENCE_MAX_CLIENT_IDS,
      presenceMaxStateBytes: e.PRESENCE_MAX_STATE_BYTES,
      maxSocketsPerToken: e.MAX_SOCKETS_PER_TOKEN,
      maxUnauthenticatedSockets: e.MAX_UNAUTHENTICATED_SOCKETS,
      maxUnauthenticatedSocketsPerAddress: e.MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS,
      authenticationTimeoutMs: e.AUTHENTICATION_TIMEOUT_MS,
      maxUnauthenticatedQueueBytes: e.MAX_UNAUTHENTICATED_QUEUE_BYTES,
      boardQuotaBytes: e.BOARD_QUOTA_BYTES,
      boardQuotaRecords: e.BOARD_QUOTA_RECORDS,
      shadowRebuildsPerMinute: e.SHADOW_REBUILDS_PER_MINUTE,
      refusalsBeforeShutOut: e.REFUSALS_BEFORE_SHUT_OUT,
      shutOutMs: e.SHUT_OUT_SECONDS * 1000,
      restRequestsPerMinute: e.REST_REQUESTS_PER_MINUTE,
    },
  }
}
