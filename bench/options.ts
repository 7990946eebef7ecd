/**
 * Every knob of `npm run bench`, read once from the environment (defaults keep the whole run within
 * about ten minutes on two cores).
 */

export interface Workload {
  name: string
  /** Open connections to the board, senders included. */
  connections: number
  /** Connections that move notes; they are full Yjs clients. The rest only receive. */
  senders: number
  /** Moves per second per sender. */
  rate: number
  /** Receivers that are not senders run as full Yjs clients too (true) or as light receivers. */
  fullReceivers: boolean
}

export interface BenchOptions {
  /** BENCH_SECONDS: length of each measured window, in seconds. Default 10. */
  seconds: number
  /**
   * BENCH_ROUNDS: measured windows per server and workload, alternating which server goes first, and
   * pooled. Default 5. Bare Hocuspocus's own p99 moved between 14 and 30 ms from one 10 s window to the
   * next on the 2-core machine this was written on, so a single window per server measures the machine's
   * drift as much as the servers. Whole runs drift too: five-round runs of the same code gave pooled
   * ratios from 0.98x to 1.57x on the 200-connection workload, so compare several runs as well.
   */
  rounds: number
  /** BENCH_WARMUP_SECONDS: moves before the window opens are not measured. Default 2. */
  warmupSeconds: number
  /** BENCH_NOTES: notes on the board during the workloads (S). Default 2000. */
  notes: number
  /** BENCH_JOIN_NOTES: notes on the board a new participant joins, and ideas in the browser room (browserBoard). Default 5000. */
  joinNotes: number
  /** BENCH_JOINS: joins measured per server (the median is reported). Default 7. */
  joins: number
  /** BENCH_MOVES: moves for the document-size run, spread over BENCH_MOVERS participants. Default 10000 over 10. */
  moves: number
  movers: number
  /** BENCH_WORKERS: participant worker processes. Default 2 (one per core). */
  workers: number
  /** BENCH_ONLY: comma-separated sections to run (clusters, workloads, join, size, snapshot, publication, firstLoad, browserBoard, trust, yjsDoor). Default all. */
  only: Set<string> | null
  /** BENCH_WORKLOADS: comma-separated connection counts of the workloads to run (50, 200, 500). Default all. */
  workloads: Workload[]
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not ${JSON.stringify(raw)}`)
  return value
}

export function readBenchOptions(env: NodeJS.ProcessEnv): BenchOptions {
  const list = (name: string) =>
    env[name]
      ? new Set(
          env[name]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        )
      : null
  const only = list('BENCH_ONLY')
  const connections = list('BENCH_WORKLOADS')
  return {
    seconds: positive(env, 'BENCH_SECONDS', 10),
    rounds: Math.round(positive(env, 'BENCH_ROUNDS', 5)),
    warmupSeconds: positive(env, 'BENCH_WARMUP_SECONDS', 2),
    notes: Math.round(positive(env, 'BENCH_NOTES', 2000)),
    joinNotes: Math.round(positive(env, 'BENCH_JOIN_NOTES', 5000)),
    joins: Math.round(positive(env, 'BENCH_JOINS', 7)),
    moves: Math.round(positive(env, 'BENCH_MOVES', 10_000)),
    movers: Math.round(positive(env, 'BENCH_MOVERS', 10)),
    workers: Math.round(positive(env, 'BENCH_WORKERS', 2)),
    only,
    workloads: (
      [
        {
          name: '50 participants, all moving notes at 2/s',
          connections: 50,
          senders: 50,
          rate: 2,
          fullReceivers: true,
        },
        {
          name: '200 connections, 20 moving notes at 20/s',
          connections: 200,
          senders: 20,
          rate: 20,
          fullReceivers: false,
        },
        {
          name: `500 connections, ${positive(env, 'BENCH_500_SENDERS', 10)} moving notes at ${positive(env, 'BENCH_500_RATE', 20)}/s`,
          connections: 500,
          senders: Math.round(positive(env, 'BENCH_500_SENDERS', 10)),
          rate: positive(env, 'BENCH_500_RATE', 20),
          fullReceivers: false,
        },
      ] satisfies Workload[]
    ).filter((workload) => connections === null || connections.has(String(workload.connections))),
  }
}
