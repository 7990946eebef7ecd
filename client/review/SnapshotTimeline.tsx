/** The room's snapshots, oldest first, to step through (prev / next) or jump to (click). */
import { useTranslation } from 'react-i18next'
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { SnapshotItem } from './SnapshotItem.tsx'

export function SnapshotTimeline(props: {
  summaries: SnapshotSummary[]
  selectedId: string | null
  onSelect: (id: string) => void
}) {
  const { t } = useTranslation()
  const { summaries, selectedId, onSelect } = props
  const index = summaries.findIndex((s) => s.id === selectedId)
  const step = (by: number) => {
    const next = summaries[index + by]
    if (next) onSelect(next.id)
  }
  return (
    <section className="review-section" aria-label={t('review.snapshots.heading')}>
      <div className="review-section-head">
        <h2>{t('review.snapshots.heading')}</h2>
        <span className="stepper">
          <button
            type="button"
            data-testid="snapshot-prev"
            disabled={index <= 0}
            onClick={() => step(-1)}
            aria-label={t('review.snapshots.previous')}
          >
            {t('review.snapshots.previousShort')}
          </button>
          <span className="muted small">
            {index + 1} / {summaries.length}
          </span>
          <button
            type="button"
            data-testid="snapshot-next"
            disabled={index === -1 || index >= summaries.length - 1}
            onClick={() => step(1)}
            aria-label={t('review.snapshots.next')}
          >
            {t('review.snapshots.nextShort')}
          </button>
        </span>
      </div>
      <ol className="snapshot-list">
        {summaries.map((summary) => (
          <SnapshotItem
            key={summary.id}
            summary={summary}
            selected={summary.id === selectedId}
            onSelect={() => onSelect(summary.id)}
          />
        ))}
      </ol>
    </section>
  )
}
