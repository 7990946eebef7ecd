/**
 * One workload against one server: a board of S notes, N connections of which some move notes at
 * R/s, measured over a window after a warm-up. The server runs in its own process, started here.
 * Windows of several rounds are pooled (`pool`): their histograms merged, their times added.
 */
import { connectParticipant, seedNotes } from './board.ts'
import { mergeHistograms, percentiles, type Percentiles } from './histogram.ts'
import type { ConnectionPlan, Histogram, ServerKind } from './messages.ts'
import { preciseNow } from './messages.ts'
import { machineBusyUs } from './machine.ts'
import type { BenchOptions, Workload } from './options.ts'
import { sleepUntil, startParticipants } from './participants.ts'
import { startServerUnderTest } from './servers.ts'
import { makeTempDir, removeTempDir } from './tempDirs.ts'

/** One measured window of one server. */
export interface RunFigures {
  kind: ServerKind
  histogram: Histogram
  ackHistogram: Histogram
  maxLatency: number
  arrivals: number
  sentInWindow: number
  /** Arrivals expected (moves sent in the window × other connections) that had not arrived 2 s after the senders stopped. */
  missing: number
  windowUs: number
  serverUs: number
  /** The server's main thread alone (the event loop: validation, broadcasts). */
  serverMainUs: number
  serverRssMb: number
  serverMaxRssMb: number
  /** The server's event-loop delay over the window, in milliseconds. */
  serverLoopDelay: { p99: number; max: number }
  /** Workers plus coordinator, inside the window. */
  harnessUs: number
  /** Everything else running on the machine in the window (other programs); null if unknown. */
  otherUs: number | null
  problems: string[]
}

/** Several windows of one server on one workload, pooled. */
export interface WorkloadFigures {
  kind: ServerKind
  runs: number
  latency: (Percentiles & { max: number }) | null
  /** Send → the sender's acknowledgement (for Capital Room: once stored). */
  ack: Percentiles | null
  /** Arrivals at receivers per second, and moves sent per second, inside the windows. */
  deliveredPerSecond: number
  sentPerSecond: number
  missing: number
  /** Percent of one core, inside the windows: all the server's threads, and its main thread. */
  serverCpu: number
  serverMainCpu: number
  serverRssMb: number
  serverMaxRssMb: number
  /** The mean of the windows' event-loop delay p99s, and the largest delay. */
  serverLoopDelay: { p99: number; max: number }
  harnessCpu: number
  otherCpu: number | null
  problems: string[]
}

export function pool(kind: ServerKind, runs: RunFigures[]): WorkloadFigures {
  const sum = (f: (run: RunFigures) => number) => runs.reduce((total, run) => total + f(run), 0)
  const windowUs = sum((run) => run.windowUs)
  const latency = percentiles(mergeHistograms(runs.map((run) => run.histogram)))
  return {
    kind,
    runs: runs.length,
    latency: latency && { ...latency, max: Math.max(...runs.map((run) => run.maxLatency)) },
    ack: percentiles(mergeHistograms(runs.map((run) => run.ackHistogram))),
    deliveredPerSecond: sum((run) => run.arrivals) / (windowUs / 1e6),
    sentPerSecond: sum((run) => run.sentInWindow) / (windowUs / 1e6),
    missing: sum((run) => run.missing),
    serverCpu: (sum((run) => run.serverUs) / windowUs) * 100,
    serverMainCpu: (sum((run) => run.serverMainUs) / windowUs) * 100,
    serverRssMb: Math.max(...runs.map((run) => run.serverRssMb)),
    serverMaxRssMb: Math.max(...runs.map((run) => run.serverMaxRssMb)),
    serverLoopDelay: {
      p99: sum((run) => run.serverLoopDelay.p99) / runs.length,
      max: Math.max(...runs.map((run) => run.serverLoopDelay.max)),
    },
    harnessCpu: (sum((run) => run.harnessUs) / windowUs) * 100,
    otherCpu: runs.some((run) => run.otherUs === null) ? null : (sum((run) => run.otherUs ?? 0) / windowUs) * 100,
    problems: runs.flatMap((run) => run.problems),
  }
}

/** The p99 of one window, for the per-round figures. */
export const p99Of = (run: RunFigures) => percentiles(run.histogram)?.p99 ?? NaN

export async function runWorkload(kind: ServerKind, workload: Workload, options: BenchOptions): Promise<RunFigures> {
  const dataDir = makeTempDir()
  const server = await startServerUnderTest(kind, { dataDir })
  const problems: string[] = []
  try {
    const { documentName, tokens } = await server.openBoard(workload.connections + 1)
    const seeder = await connectParticipant(server.wsUrl, documentName, tokens[0])
    await seedNotes(seeder, options.notes)
    const plans: ConnectionPlan[] = tokens.slice(1).map((token, i) => ({
      token,
      sender: i < workload.senders,
      full: i < workload.senders || workload.fullReceivers,
    }))
    const participants = await startParticipants({
      wsUrl: server.wsUrl,
      documentName,
      noteCount: options.notes,
      plans,
      workers: options.workers,
    })
    // Only now: the bare server forgets a document once its last connection leaves.
    seeder.destroy()
    if (participants.failures.length)
      problems.push(`${participants.failures.length} connections failed: ${participants.failures[0]}`)
    try {
      const startAt = preciseNow() + 500
      const windowStart = startAt + options.warmupSeconds * 1000
      const windowEnd = windowStart + options.seconds * 1000
      const running = participants.run({
        rate: workload.rate,
        movesPerSender: Number.MAX_SAFE_INTEGER,
        stopAt: windowEnd,
        windowStart,
        windowEnd,
        timeoutMs: windowEnd - preciseNow() + 60_000,
      })
      await sleepUntil(windowStart)
      const before = await server.usage()
      const ownBefore = process.cpuUsage()
      const machineBefore = machineBusyUs()
      await sleepUntil(windowEnd)
      const after = await server.usage()
      const own = process.cpuUsage(ownBefore)
      const machineAfter = machineBusyUs()
      await running
      await new Promise((resolve) => setTimeout(resolve, 2000))
      const merged = await participants.collect()
      const windowUs = (windowEnd - windowStart) * 1000
      const receivers = workload.connections - 1
      const serverUs = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system
      const serverMainUs =
        after.mainThreadCpu.user + after.mainThreadCpu.system - before.mainThreadCpu.user - before.mainThreadCpu.system
      const harnessUs = merged.workerCpu + own.user + own.system
      if (merged.closed) problems.push(`${merged.closed} connections closed during the run`)
      return {
        kind,
        histogram: merged.histogram,
        ackHistogram: merged.ackHistogram,
        maxLatency: merged.maxLatency,
        arrivals: merged.arrivals,
        sentInWindow: merged.sentInWindow,
        missing: Math.max(0, merged.sentInWindow * receivers - merged.arrivals),
        windowUs,
        serverUs,
        serverMainUs,
        serverRssMb: after.rss / 2 ** 20,
        serverMaxRssMb: after.maxRss / 2 ** 20,
        serverLoopDelay: after.loopDelay,
        harnessUs,
        otherUs:
          machineBefore === null || machineAfter === null
            ? null
            : Math.max(0, machineAfter - machineBefore - serverUs - harnessUs),
        problems,
      }
    } finally {
      await participants.close()
    }
  } finally {
    await server.stop()
    removeTempDir(dataDir)
  }
}
