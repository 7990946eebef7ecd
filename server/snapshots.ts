/**
 * Snapshots: a room's board, facilitation state and revealed vote results frozen at one moment.
 * Taken by a facilitator, when the room closes, and automatically when the phase changes:
 * - named after the phase that ended ("End of Ideas · 20 ideas");
 * - at most one per room per AUTO_SNAPSHOT_INTERVAL_SECONDS: changes within the interval are
 *   covered by one snapshot at its end;
 * - none when the board and the results are as in the room's latest snapshot (content hash);
 * - none past the room's quota (SNAPSHOT_QUOTA_MB), which refuses manual ones too; the snapshot of a
 *   closing room is always taken.
 * A snapshot is checked against the snapshot schema here, once, when it is written.
 */
import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'
import type { Logger } from 'pino'
import type { Snapshot, SnapshotReason, SnapshotSummary } from '../shared/schema/snapshot.ts'
import { snapshotSchema, summarize } from '../shared/schema/snapshot.ts'
import { DomainError } from './domainError.ts'
import type { RoomDocuments } from './roomDocuments.ts'
import type { SnapshotStore, VotingStore } from './storage/types.ts'

export interface Snapshots {
  take(
    roomId: string,
    how: { name: string; reason: SnapshotReason; takenBy: Snapshot['takenBy'] },
  ): Promise<SnapshotSummary>
  list(roomId: string): Promise<SnapshotSummary[]>
  get(id: string): Promise<Snapshot | undefined>
  /** Waits for the automatic snapshots under way (tests, shutdown). */
  settled(): Promise<void>
  /** Cancels automatic snapshots still waiting for their interval. */
  close(): void
}

export function createSnapshots(deps: {
  store: SnapshotStore
  voting: VotingStore
  collab: RoomDocuments
  log: Logger
  /** AUTO_SNAPSHOT_INTERVAL_SECONDS in ms. */
  autoIntervalMs: number
  /** SNAPSHOT_QUOTA_MB in bytes. */
  quotaBytes: number
  now?: () => number
}): Snapshots {
  const { store, voting, collab, log } = deps
  const now = deps.now ?? Date.now
  const lastAuto = new Map<string, number>()
  const waiting = new Map<string, { timer: NodeJS.Timeout; endedPhase: string }>()
  const running = new Set<Promise<unknown>>()

  async function capture(roomId: string) {
    const [records, control, rounds] = await Promise.all([
      collab.boardRecords(roomId),
      collab.readControl(roomId),
      voting.closedRounds(roomId),
    ])
    const results = rounds.map((closed) => closed.results)
    const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const contentHash = createHash('sha256')
      .update(JSON.stringify(sorted))
      .update(JSON.stringify(results))
      .digest('base64url')
    return { records, control, results, contentHash }
  }

  async function usedBytes(roomId: string) {
    return (await store.list(roomId)).reduce((sum, s) => sum + (s.bytes ?? 0), 0)
  }

  async function write(
    roomId: string,
    how: { name: string; reason: SnapshotReason; takenBy: Snapshot['takenBy']; endedPhase?: string },
    content: Awaited<ReturnType<typeof capture>>,
  ) {
    const snapshot = snapshotSchema.parse({
      id: nanoid(),
      roomId,
      name: how.name,
      takenAt: new Date(now()).toISOString(),
      takenBy: how.takenBy,
      reason: how.reason,
      ...(how.endedPhase !== undefined ? { endedPhase: how.endedPhase } : {}),
      ...content,
    })
    await store.add(snapshot)
    return summarize(snapshot)
  }

  async function take(roomId: string, how: { name: string; reason: SnapshotReason; takenBy: Snapshot['takenBy'] }) {
    if (how.reason !== 'closed' && (await usedBytes(roomId)) >= deps.quotaBytes) {
      throw new DomainError(
        'snapshot_quota_exceeded',
        `This room's snapshots use their whole quota of ${Math.round(deps.quotaBytes / 1024 / 1024)} MB`,
      )
    }
    return write(roomId, how, await capture(roomId))
  }

  /** The automatic snapshot after `endedPhase`, unless nothing changed or the quota is used up. */
  async function automatic(roomId: string, endedPhase: string) {
    lastAuto.set(roomId, now())
    const content = await capture(roomId)
    const summaries = await store.list(roomId)
    if (summaries.at(-1)?.contentHash === content.contentHash) return
    if (summaries.reduce((sum, s) => sum + (s.bytes ?? 0), 0) >= deps.quotaBytes) {
      log.warn({ roomId }, 'no automatic snapshot: the room has used its snapshot quota (SNAPSHOT_QUOTA_MB)')
      return
    }
    const ideas = summarize({
      ...content,
      id: '-',
      roomId,
      name: '-',
      takenAt: new Date(now()).toISOString(),
      takenBy: null,
      reason: 'phase',
    }).ideas.total
    await write(
      roomId,
      {
        name: `End of ${endedPhase} · ${ideas} ${ideas === 1 ? 'idea' : 'ideas'}`,
        reason: 'phase',
        takenBy: null,
        endedPhase,
      },
      content,
    )
  }

  function track(work: Promise<unknown>) {
    running.add(work)
    work.finally(() => running.delete(work)).catch(() => {})
  }

  function scheduleAutomatic(roomId: string, endedPhase: string) {
    const queued = waiting.get(roomId)
    if (queued) {
      queued.endedPhase = endedPhase // the one snapshot at the interval's end covers the latest change
      return
    }
    const wait = (lastAuto.get(roomId) ?? Number.NEGATIVE_INFINITY) + deps.autoIntervalMs - now()
    const run = (phase: string) =>
      track(
        automatic(roomId, phase).catch((error) =>
          log.error({ err: error, roomId }, 'could not take the snapshot of a phase change'),
        ),
      )
    if (wait <= 0) return run(endedPhase)
    const entry = {
      endedPhase,
      timer: setTimeout(() => {
        waiting.delete(roomId)
        run(entry.endedPhase)
      }, wait).unref(),
    }
    waiting.set(roomId, entry)
  }

  collab.onPhaseChange((roomId, _phase, endedPhase) => scheduleAutomatic(roomId, endedPhase))

  return {
    take,
    list: (roomId) => store.list(roomId),
    get: (id) => store.get(id),
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running])
    },
    close() {
      for (const { timer } of waiting.values()) clearTimeout(timer)
      waiting.clear()
    },
  }
}
