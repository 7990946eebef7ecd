/**
 * Every environment variable the server reads, with its default. Read once, in main.ts; the rest of
 * the server receives the resulting Config object.
 */
import path from 'node:path'
import { z } from 'zod'
import { DEFAULT_CITY_NAMES } from '../shared/cities.ts'
import { readLimits, type Limits } from './limitsConfig.ts'

const envSchema = z.object({
  /** HTTP port for the app, the API and the WebSocket. Default 3000; 0 picks a free port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. Default 0.0.0.0. */
  HOST: z.string().default('0.0.0.0'),
  /** Where rooms, participants and board documents are kept. Default ./data. */
  DATA_DIR: z.string().default('./data'),
  /** The secretariat's token. Default: generated on first start and kept in DATA_DIR. */
  CAPITAL_ADMIN_TOKEN: z.string().min(16, 'CAPITAL_ADMIN_TOKEN must be at least 16 characters').optional(),
  /** Public URL used in invite and sign-in links. Default http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** Comma-separated city names. Default: the five capitals. */
  CAPITAL_CITIES: z.string().optional(),
  /** tldraw licence key, passed to the board; needed in production over HTTPS, not on localhost. */
  TLDRAW_LICENSE_KEY: z.string().optional(),
  /** Feedback contact of the accessibility statement (/accessibility): an email address or an http(s) URL. */
  ACCESSIBILITY_CONTACT: z
    .union([z.email(), z.url({ protocol: /^https?$/ })], {
      error: 'ACCESSIBILITY_CONTACT must be an email address or an http(s) URL',
    })
    .optional(),
  /** How long a session token from an invite stays valid, in hours. Default 168 (a week). */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(168),
  /** Largest WebSocket message accepted, in bytes. Default 2 MiB. */
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /** Largest document (board or control) accepted, in bytes. Default 32 MiB. */
  MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(32 * 1024 * 1024),
  /** Compact a document's update log into its snapshot once the log passes this many bytes. Default 1 MiB. */
  COMPACT_AFTER_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /**
   * Least time between two writes of one document's changes to storage, in ms. Changes arriving in
   * between are written together, so a busy board costs fewer disk syncs (acknowledgements wait up to
   * this long; broadcasts do not). A lone change is written at once. Default 20; 0 writes every batch at once.
   * Each synchronous write costs the writing thread about 0.2 ms of CPU on a virtualised disk: at 8 ms a
   * board under 400 moves/s took 2 % of a core in writes, at 25 ms 0.8 %.
   */
  COMMIT_INTERVAL_MS: z.coerce.number().min(0).default(20),
  /** Sustained WebSocket messages per second one connection may send; beyond, it is slowed, then closed (4429). Default 200. */
  MAX_MESSAGES_PER_SECOND: z.coerce.number().positive().default(200),
  /** Joins (POST /api/join) allowed per minute from one network address. Default 60. */
  JOINS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** Unknown invite codes (join or look-up) allowed per minute from one network address. Default 20. */
  UNKNOWN_INVITES_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Extra allowed WebSocket Origins, comma-separated (the PUBLIC_URL's origin is always allowed). */
  ALLOWED_ORIGINS: z.string().optional(),
  /**
   * PostgreSQL connection string (postgres://user:password@host:5432/database). When set, rooms,
   * participants, voting rounds and votes, secrets and documents are stored there instead of in
   * DATA_DIR, so several instances can share them; migrations are applied at start. Default: unset
   * (embedded storage).
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  /**
   * Redis URL (redis://host:6379). When set, instances relay document updates and presence to each
   * other through Redis, so participants on different instances edit the same board live. Needs
   * DATABASE_URL: every instance must load and store the same documents. Default: unset (one instance).
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL')
    .optional(),
  /** Days a room is kept after its close date (its date while not closed) before it is purged. Default 365. */
  RETENTION_DAYS: z.coerce.number().int().positive().default(365),
  /**
   * Fewest voters a city needs in a round for its own count in the revealed results; smaller cities
   * are pooled under `other`, which is left out too when it has fewer voters. Default 3.
   */
  MIN_GROUP_SIZE: z.coerce.number().int().min(1).default(3),
  /** Longest a publication may take to render (in a worker thread) before it is stopped, in ms. Default 30000. */
  PUBLICATION_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Least time between two automatic snapshots of one room (phase changes), in seconds. Default 60. */
  AUTO_SNAPSHOT_INTERVAL_SECONDS: z.coerce.number().min(0).default(60),
  /** Snapshot storage per room, in MB: past it, no more automatic or manual snapshots (the closing one still). Default 200. */
  SNAPSHOT_QUOTA_MB: z.coerce.number().positive().default(200),
  /**
   * PEM certificate (chain) and private key files. When both are set, the server speaks HTTPS and WSS
   * on PORT: the app, the API and every WebSocket endpoint. Default: unset (plain HTTP, e.g. behind a
   * reverse proxy that terminates TLS).
   */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  /**
   * Behind a reverse proxy: which X-Forwarded-* headers to believe (Express's "trust proxy": `true`,
   * a hop count such as `1`, or addresses/subnets such as `loopback` or `10.0.0.0/8`). The joins-per-
   * address limit then counts the participant's address, not the proxy's. Default: unset (none).
   */
  TRUST_PROXY: z.string().min(1).optional(),
  /** pino log level. Default info (silent when NODE_ENV=test). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
})

export interface Config {
  port: number
  host: string
  dataDir: string
  adminToken: string | undefined
  publicUrl: string | undefined
  cityNames: string[]
  tldrawLicenseKey: string | null
  accessibilityContact: string | null
  sessionTtlSeconds: number
  maxMessageBytes: number
  maxDocumentBytes: number
  compactAfterBytes: number
  commitIntervalMs: number
  maxMessagesPerSecond: number
  joinsPerMinute: number
  unknownInvitesPerMinute: number
  allowedOrigins: string[]
  logLevel: string
  retentionDays: number
  databaseUrl: string | null
  redisUrl: string | null
  /** Caps on sockets, presence, board quotas, refusals and REST requests (limitsConfig.ts). */
  limits: Limits
  minGroupSize: number
  publicationTimeoutMs: number
  autoSnapshotIntervalMs: number
  snapshotQuotaBytes: number
  /** Built-in HTTPS: the certificate and key files, or null for plain HTTP. */
  tls: { certFile: string; keyFile: string } | null
  /** Express's "trust proxy" setting, or null to trust no forwarded header. */
  trustProxy: boolean | number | string | null
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  const e = parsed.data
  const limits = readLimits(env)
  if (!limits.ok) throw new ConfigError(`Invalid configuration:\n  ${limits.problems.join('\n  ')}`)
  if (e.REDIS_URL && !e.DATABASE_URL) {
    // With embedded storage each instance would store only its own participants' edits.
    throw new ConfigError(
      'Invalid configuration:\n  REDIS_URL: needs DATABASE_URL (instances must share their storage)',
    )
  }
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    throw new ConfigError(
      'Invalid configuration:\n  TLS_CERT_FILE and TLS_KEY_FILE: set both (HTTPS) or neither (HTTP)',
    )
  }
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    adminToken: e.CAPITAL_ADMIN_TOKEN,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    cityNames: e.CAPITAL_CITIES ? list(e.CAPITAL_CITIES) : DEFAULT_CITY_NAMES,
    tldrawLicenseKey: e.TLDRAW_LICENSE_KEY || null,
    accessibilityContact: e.ACCESSIBILITY_CONTACT || null,
    sessionTtlSeconds: Math.round(e.SESSION_TTL_HOURS * 3600),
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    commitIntervalMs: e.COMMIT_INTERVAL_MS,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    joinsPerMinute: e.JOINS_PER_MINUTE,
    unknownInvitesPerMinute: e.UNKNOWN_INVITES_PER_MINUTE,
    allowedOrigins: list(e.ALLOWED_ORIGINS),
    logLevel: e.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    retentionDays: e.RETENTION_DAYS,
    databaseUrl: e.DATABASE_URL || null,
    redisUrl: e.REDIS_URL || null,
    limits: limits.limits,
    trustProxy: !e.TRUST_PROXY
      ? null
      : e.TRUST_PROXY === 'true'
        ? true
        : /^\d+$/.test(e.TRUST_PROXY)
          ? Number(e.TRUST_PROXY)
          : e.TRUST_PROXY,
    minGroupSize: e.MIN_GROUP_SIZE,
    publicationTimeoutMs: e.PUBLICATION_TIMEOUT_MS,
    autoSnapshotIntervalMs: e.AUTO_SNAPSHOT_INTERVAL_SECONDS * 1000,
    snapshotQuotaBytes: Math.round(e.SNAPSHOT_QUOTA_MB * 1024 * 1024),
    tls:
      e.TLS_CERT_FILE && e.TLS_KEY_FILE
        ? { certFile: path.resolve(e.TLS_CERT_FILE), keyFile: path.resolve(e.TLS_KEY_FILE) }
        : null,
  }
}
