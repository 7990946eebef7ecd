/**
 * One workload against one server: a board of S notes, N connections of which some move notes at
 * R/s, measured over a window after a warm-up. The server runs in its own process, started here.
 */
import { connectParticipant, seedNotes } from './board.ts'
import type { ConnectionPlan, ServerKind } from './messages.ts'
import { preciseNow } from './messages.ts'
import { machineBusyUs } from './machine.ts'
import type { BenchOptions, Workload } from './options.ts'
import { sleepUntil, startParticipants } from './participants.ts'
import { startServerUnderTest } from './servers.ts'
import { makeTempDir, removeTempDir } from './tempDirs.ts'

export interface WorkloadFigures {
  kind: ServerKind
  latency: { p50: number; p95: number; p99: number; max: number } | null
  /** Arrivals at receivers per second, and moves sent per second, inside the window. */
  deliveredPerSecond: number
  sentPerSecond: number
  /** Arrivals expected (moves sent in the window × other connections) that had not arrived 2 s after the senders stopped. */
  missing: number
  /** Percent of one core, inside the window. */
  serverCpu: number
  serverRssMb: number
  serverMaxRssMb: number
  /** Workers plus coordinator, percent of one core, inside the window. */
  harnessCpu: number
  /** Everything else running on the machine in the window (other programs), percent of one core; null if unknown. */
  otherCpu: number | null
  problems: string[]
}

export async function runWorkload(kind: ServerKind, workload: Workload, options: BenchOptions): Promise<WorkloadFigures> {
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
    const participants = await startParticipants({ wsUrl: server.wsUrl, documentName, noteCount: options.notes, plans, workers: options.workers })
    // Only now: the bare server forgets a document once its last connection leaves.
    seeder.destroy()
    if (participants.failures.length) problems.push(`${participants.failures.length} connections failed: ${participants.failures[0]}`)
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
        timeoutMs: (windowEnd - preciseNow()) + 60_000,
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
      const harnessUs = merged.workerCpu + own.user + own.system
      if (merged.closed) problems.push(`${merged.closed} connections closed during the run`)
      return {
        kind,
        latency: merged.latency,
        deliveredPerSecond: merged.arrivals / options.seconds,
        sentPerSecond: merged.sentInWindow / options.seconds,
        missing: Math.max(0, merged.sentInWindow * receivers - merged.arrivals),
        serverCpu: (serverUs / windowUs) * 100,
        serverRssMb: after.rss / 2 ** 20,
        serverMaxRssMb: after.maxRss / 2 ** 20,
        harnessCpu: (harnessUs / windowUs) * 100,
        otherCpu: machineBefore === null || machineAfter === null ? null : Math.max(0, ((machineAfter - machineBefore - serverUs - harnessUs) / windowUs) * 100),
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
