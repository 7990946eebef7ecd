/**
 * The coordinator's side of the participant workers: spreads connections over worker processes,
 * starts the moves, and merges what every worker measured.
 */
import { forkChild, type Child } from './children.ts'
import { HISTOGRAM_BUCKET_MS, preciseNow, type ConnectionPlan, type FromWorker, type ToWorker, type WorkerResult } from './messages.ts'

export interface Merged {
  latency: { p50: number; p95: number; p99: number; max: number } | null
  arrivals: number
  sentInWindow: number
  sent: number
  /** CPU of all workers inside the window, in microseconds. */
  workerCpu: number
  closed: number
}

export interface Participants {
  /** Starts moving notes; resolves once every sender has stopped and been acknowledged. */
  run(opts: { rate: number; movesPerSender: number; stopAt: number; windowStart: number; windowEnd: number; timeoutMs: number }): Promise<void>
  collect(): Promise<Merged>
  close(): Promise<void>
}

export async function startParticipants(opts: {
  wsUrl: string
  documentName: string
  noteCount: number
  plans: ConnectionPlan[]
  workers: number
}): Promise<Participants & { failures: string[] }> {
  const workers: Child<ToWorker, FromWorker>[] = []
  for (let i = 0; i < Math.min(opts.workers, opts.plans.length); i++) workers.push(forkChild('./participantWorker.ts', [], `participant worker ${i + 1}`))
  // Round robin, so that senders are spread evenly too.
  const shares = workers.map((_, w) => opts.plans.filter((_, i) => i % workers.length === w))
  workers.forEach((worker, w) =>
    worker.send({ type: 'connect', wsUrl: opts.wsUrl, documentName: opts.documentName, noteCount: opts.noteCount, connections: shares[w] }),
  )
  const connected = await Promise.all(workers.map((worker) => worker.next('connected', 180_000)))
  return {
    failures: connected.flatMap((c) => c.failures),
    async run(run) {
      const done = workers.map((worker) => worker.next('sendersDone', run.timeoutMs))
      for (const worker of workers) worker.send({ type: 'start', ...run })
      await Promise.all(done)
    },
    async collect() {
      for (const worker of workers) worker.send({ type: 'collect' })
      const results = await Promise.all(workers.map((worker) => worker.next('result', 30_000)))
      return merge(results.map((r) => r.result))
    },
    async close() {
      for (const worker of workers) if (worker.process.connected) worker.send({ type: 'close' })
      await Promise.all(workers.map((worker) => worker.ended(5_000)))
    },
  }
}

function merge(results: WorkerResult[]): Merged {
  const counts = new Map<number, number>()
  for (const result of results) for (const [bucket, count] of result.histogram) counts.set(bucket, (counts.get(bucket) ?? 0) + count)
  const arrivals = results.reduce((sum, r) => sum + r.arrivals, 0)
  const buckets = [...counts].sort((a, b) => a[0] - b[0])
  const percentile = (p: number) => {
    const wanted = Math.ceil(p * arrivals)
    let seen = 0
    for (const [bucket, count] of buckets) {
      seen += count
      if (seen >= wanted) return (bucket + 1) * HISTOGRAM_BUCKET_MS
    }
    return NaN
  }
  return {
    latency: arrivals === 0 ? null : { p50: percentile(0.5), p95: percentile(0.95), p99: percentile(0.99), max: Math.max(...results.map((r) => r.maxLatency)) },
    arrivals,
    sentInWindow: results.reduce((sum, r) => sum + r.sentInWindow, 0),
    sent: results.reduce((sum, r) => sum + r.sent, 0),
    workerCpu: results.reduce((sum, r) => sum + r.cpuInWindow, 0),
    closed: results.reduce((sum, r) => sum + r.closed, 0),
  }
}

export const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - preciseNow())))
