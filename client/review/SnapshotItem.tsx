/** One snapshot in the timeline: name, time, why it was taken, and what it holds. */
import { useTranslation } from 'react-i18next'
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { formatDateTime, formatTime } from '../i18n/format.ts'
import { snapshotTitle } from './snapshotTitle.ts'

export function SnapshotItem(props: { summary: SnapshotSummary; selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation()
  const { summary: s } = props
  return (
    <li>
      <button
        type="button"
        className={`snapshot-item${props.selected ? ' selected' : ''}`}
        aria-current={props.selected ? 'true' : undefined}
        data-testid="snapshot-item"
        data-snapshot-id={s.id}
        onClick={props.onSelect}
      >
        <span className="snapshot-item-head">
          <strong>{snapshotTitle(s, t)}</strong>
          <span className={`badge reason-${s.reason}`}>{t(`review.snapshots.reason.${s.reason}`)}</span>
        </span>
        <span className="muted small">
          <time dateTime={s.takenAt} title={formatDateTime(s.takenAt)} data-testid="snapshot-time">
            {formatTime(s.takenAt)}
          </time>
          {` · ${s.takenBy ? s.takenBy.name : t('review.snapshots.byServer')}`}
        </span>
        <span className="snapshot-counts small">
          {[
            t('review.snapshots.cases', { count: s.cases }),
            t('review.snapshots.ideas', { count: s.ideas.total }),
            t('review.snapshots.clusters', { count: s.clusters }),
            t('review.snapshots.votes', { count: s.votes.dots }),
          ].join(' · ')}
        </span>
      </button>
    </li>
  )
}
