/**
 * Retention: every room has a date after which it is purged (`deleteAfter`): the one the secretariat
 * set, or by default its close date (the room's date while it is not closed) plus RETENTION_DAYS.
 * The sweep runs at start and every hour and purges each room whose date has passed.
 */
import type { Logger } from 'pino'
import type { StoredRoom } from '../../shared/schema/room.ts'
import type { MetadataStore } from '../storage/types.ts'

/** `date` (YYYY-MM-DD, or an ISO timestamp) plus `days`, as YYYY-MM-DD (UTC). */
export function addDays(date: string, days: number): string {
  const start = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  start.setUTCDate(start.getUTCDate() + days)
  return start.toISOString().slice(0, 10)
}

/** The date after which the room is purged. */
export function deleteAfterOf(
  room: Pick<StoredRoom, 'deleteAfter' | 'closedAt' | 'date'>,
  retentionDays: number,
): string {
  return room.deleteAfter ?? addDays(room.closedAt ?? room.date, retentionDays)
}

/** Whether the room's retention has run out on `today` (YYYY-MM-DD): its date has passed. */
export function isExpired(room: StoredRoom, retentionDays: number, today: string): boolean {
  return room.status !== 'purged' && deleteAfterOf(room, retentionDays) < today
}

const HOUR_MS = 60 * 60 * 1000

/** Who the audit trail names for a purge the sweep made. */
export const SWEEP_AUDIT_ACTOR = { id: 'retention-sweep', role: 'system' }

export interface RetentionSweep {
  /** One pass: purges every expired room; resolves with their ids. */
  sweep(): Promise<string[]>
  stop(): void
}

/** Sweeps once now and then every `everyMs` (default an hour); the timer does not keep the process alive. */
export function startRetentionSweep(deps: {
  metadata: MetadataStore
  retentionDays: number
  purge: (roomId: string) => Promise<unknown>
  log: Logger
  now?: () => Date
  everyMs?: number
}): RetentionSweep {
  const now = deps.now ?? (() => new Date())
  let running: Promise<string[]> | undefined

  async function pass(): Promise<string[]> {
    const today = now().toISOString().slice(0, 10)
    const expired = (await deps.metadata.listRooms()).filter((room) => isExpired(room, deps.retentionDays, today))
    const purged: string[] = []
    for (const room of expired) {
      try {
        await deps.purge(room.id)
        purged.push(room.id)
        deps.log.info({ roomId: room.id }, 'purged a room whose retention period ended')
      } catch (error) {
        deps.log.error(
          { err: error, roomId: room.id },
          'could not purge a room whose retention period ended; the next sweep retries',
        )
      }
    }
    return purged
  }

  function sweep(): Promise<string[]> {
    running ??= pass().finally(() => {
      running = undefined
    })
    return running
  }

  const timer = setInterval(
    () => void sweep().catch((error) => deps.log.error({ err: error }, 'the retention sweep failed')),
    deps.everyMs ?? HOUR_MS,
  )
  timer.unref()
  void sweep().catch((error) => deps.log.error({ err: error }, 'the retention sweep failed'))
  return {
    sweep,
    stop: () => clearInterval(timer),
  }
}
