/** The IPC messages between the bench coordinator, the server child and the participant workers. */

export type ServerKind = 'capital' | 'bare'

export interface Usage {
  /** process.cpuUsage() of the server process (all its threads), in microseconds. */
  cpu: { user: number; system: number }
  /** process.threadCpuUsage() of its main thread, in microseconds. */
  mainThreadCpu: { user: number; system: number }
  rss: number
  /** Peak resident set size so far (process.resourceUsage().maxRSS), in bytes. */
  maxRss: number
  /** The server's event-loop delay since the previous usage request, in milliseconds. */
  loopDelay: { p99: number; max: number }
}

export type ToServer = { type: 'usage' } | { type: 'stop' }
export type FromServer =
  | { type: 'listening'; port: number; adminToken: string }
  | { type: 'usage'; usage: Usage }
  | { type: 'stopped' }
  | { type: 'failed'; message: string }

/** One connection a worker opens. Senders and full receivers are Hocuspocus providers; the rest are light. */
export interface ConnectionPlan {
  token: string
  sender: boolean
  full: boolean
}

export type ToWorker =
  | { type: 'connect'; wsUrl: string; documentName: string; noteCount: number; connections: ConnectionPlan[] }
  | {
      type: 'start'
      rate: number
      /** Senders stop after this many moves each, or at stopAt, whichever comes first. */
      movesPerSender: number
      stopAt: number
      /** Arrivals are measured for moves sent in [windowStart, windowEnd) (epoch ms, fractional). */
      windowStart: number
      windowEnd: number
    }
  | { type: 'collect' }
  | { type: 'close' }

/** Sparse [bucket, count] pairs, bucket width HISTOGRAM_BUCKET_MS. */
export type Histogram = [number, number][]

export interface WorkerResult {
  /** Send → arrival at every other connection. */
  histogram: Histogram
  arrivals: number
  maxLatency: number
  /** Send → its sender's acknowledgement by the server (SyncStatus). */
  ackHistogram: Histogram
  acks: number
  /** Moves sent inside the window, and in all. */
  sentInWindow: number
  sent: number
  /** CPU the worker used inside the window, in microseconds. */
  cpuInWindow: number
  closed: number
}

export type FromWorker =
  | { type: 'connected'; failures: string[] }
  | { type: 'sendersDone' }
  | { type: 'result'; result: WorkerResult }
  | { type: 'failed'; message: string }

export const HISTOGRAM_BUCKET_MS = 0.1

/**
 * A moved note carries the time its sender wrote it (performance.timeOrigin + now, fractional ms) in
 * `props.url`, as `https://bench.invalid/#sentAt=<time>`. A note's `meta` is the idea schema, which
 * admits no extra keys; `url` is the one free field of a note that the server still validates.
 */
export const SENT_AT_MARK = '#sentAt='

export function sentAtUrl(sentAt: number): string {
  return `https://bench.invalid/${SENT_AT_MARK}${sentAt}`
}

/** The send time in a note's url, or null. */
export function sentAtOf(url: unknown): number | null {
  if (typeof url !== 'string') return null
  const at = url.indexOf(SENT_AT_MARK)
  return at < 0 ? null : Number(url.slice(at + SENT_AT_MARK.length))
}

export function preciseNow(): number {
  return performance.timeOrigin + performance.now()
}
