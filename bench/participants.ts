/**
 * The coordinator's side of the participant workers: spreads connections over worker processes,
 * starts the moves, and merges what every worker measured.
 */
import { forkChild, type Child } from './children.ts'
import { mergeHistograms } from './histogram.ts'
import {
  preciseNow,
  type ConnectionPlan,
  type FromWorker,
  type Histogram,
  type ToWorker,
  type WorkerResult,
} from './messages.ts'

export interface Merged {
  /** Send → arrival at every other connection, and send → acknowledgement at the sender. */
  histogram: Histogram
  ackHistogram: Histogram
  maxLatency: number
  arrivals: number
  acks: number
  sentInWindow: number
  sent: number
  /** CPU of all workers inside the window, in microseconds. */
  workerCpu: number
  closed: number
}

export interface Participants {
  /** Starts moving notes; resolves once every sender has stopped and been acknowledged. */
  run(opts: {
    rate: number
    movesPerSender: number
    stopAt: number
    windowStart: number
    windowEnd: number
    timeoutMs: number
  }): Promise<void>
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
  for (let i = 0; i < Math.min(opts.workers, opts.plans.length); i++)
    workers.push(forkChild('./participantWorker.ts', [], `participant worker ${i + 1}`))
  // Round robin, so that senders are spread evenly too.
  const shares = workers.map((_, w) => opts.plans.filter((_, i) => i % workers.length === w))
  workers.forEach((worker, w) =>
    worker.send({
      type: 'connect',
      wsUrl: opts.wsUrl,
      documentName: opts.documentName,
      noteCount: opts.noteCount,
      connections: shares[w],
    }),
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
  const sum = (f: (r: WorkerResult) => number) => results.reduce((total, r) => total + f(r), 0)
  return {
    histogram: mergeHistograms(results.map((r) => r.histogram)),
    ackHistogram: mergeHistograms(results.map((r) => r.ackHistogram)),
    maxLatency: Math.max(0, ...results.map((r) => r.maxLatency)),
    arrivals: sum((r) => r.arrivals),
    acks: sum((r) => r.acks),
    sentInWindow: sum((r) => r.sentInWindow),
    sent: sum((r) => r.sent),
    workerCpu: sum((r) => r.cpuInWindow),
    closed: sum((r) => r.closed),
  }
}

export const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - preciseNow())))
