/**
 * A snapshot's name in the reader's language. The server names its own snapshots in English ("End
 * of Ideas · 20 ideas", "Room closed") and keeps the parts (the phase that ended, the idea count) for
 * this; names people gave are shown as written.
 */
import type { TFunction } from 'i18next'
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { phaseName } from '../i18n/phaseName.ts'

/** Snapshots taken before the parts were kept carry only the English name. */
const OLD_PHASE_NAME = /^End of (.+) · (\d+) ideas?$/

export function snapshotTitle(
  snapshot: Pick<SnapshotSummary, 'name' | 'reason' | 'endedPhase'> & { ideas: { total: number } },
  t: TFunction,
): string {
  if (snapshot.reason === 'closed') return t('review.snapshots.roomClosed')
  if (snapshot.reason !== 'phase') return snapshot.name
  const old = snapshot.endedPhase === undefined ? OLD_PHASE_NAME.exec(snapshot.name) : null
  const phase = snapshot.endedPhase ?? old?.[1]
  if (phase === undefined) return snapshot.name
  const count = old ? Number(old[2]) : snapshot.ideas.total
  return t('review.snapshots.endOf', { phase: phaseName(phase, t), count })
}
