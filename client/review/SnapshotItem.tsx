/** One snapshot in the timeline: name, time, why it was taken, and what it holds. */
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'

const REASON_LABELS: Record<SnapshotSummary['reason'], string> = {
  manual: 'manual',
  phase: 'phase change',
  closed: 'room closed',
}

export function SnapshotItem(props: { summary: SnapshotSummary; selected: boolean; onSelect: () => void }) {
  const { summary: s } = props
  const time = new Date(s.takenAt)
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
          <strong>{s.name}</strong>
          <span className={`badge reason-${s.reason}`}>{REASON_LABELS[s.reason]}</span>
        </span>
        <span className="muted small">
          <time dateTime={s.takenAt} title={time.toLocaleString()}>
            {time.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </time>
          {s.takenBy ? ` · ${s.takenBy.name}` : ' · by the server'}
        </span>
        <span className="snapshot-counts small">
          {s.cases} cases · {s.ideas.total} ideas · {s.clusters} clusters · {s.votes.dots} votes
        </span>
      </button>
    </li>
  )
}
