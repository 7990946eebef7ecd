/**
 * One Capital Code entry as distilled (and perhaps edited): type, title, texts, cities, votes and
 * status. The secretariat approves, rejects, reopens, retitles or merges it into another entry.
 */
import { useState } from 'react'
import type { CodeEntry, EntryPatch } from '../../shared/schema/codeEntry.ts'
import { EntryTitle } from './EntryTitle.tsx'

const TYPE_LABELS: Record<CodeEntry['type'], string> = {
  challenge: 'Challenge',
  solution: 'Solution',
  policy: 'Policy recommendation',
  principle: 'Guiding principle',
}

export function EntryCard(props: {
  entry: CodeEntry
  others: CodeEntry[]
  canReview: boolean
  cityName: (id: string) => string
  error: string | null
  onPatch: (patch: EntryPatch) => Promise<boolean>
}) {
  const { entry, canReview, onPatch } = props
  const [into, setInto] = useState('')
  const targets = props.others.filter((o) => o.id !== entry.id && o.status !== 'rejected')
  return (
    <li
      className={`entry-card status-${entry.status}`}
      data-testid="entry"
      data-entry-id={entry.id}
      data-status={entry.status}
    >
      <div className="entry-head">
        <span className={`badge type-${entry.type}`}>{TYPE_LABELS[entry.type]}</span>
        <span className={`badge entry-status-${entry.status}`}>{entry.status}</span>
        {entry.missing && (
          <span className="badge warn" title="The latest distilled snapshot no longer holds these shapes">
            missing
          </span>
        )}
        <span className="muted small">{entry.votes.total === 1 ? '1 vote' : `${entry.votes.total} votes`}</span>
      </div>
      <EntryTitle title={entry.title} editable={canReview} onSave={(title) => onPatch({ action: 'edit', title })} />
      <ul className="entry-texts">
        {entry.texts.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <p className="muted small">
        {entry.cities.length > 0 ? entry.cities.map(props.cityName).join(', ') : 'No city'}
        {entry.mergedInto &&
          ` · merged into ${props.others.find((o) => o.id === entry.mergedInto)?.title ?? entry.mergedInto}`}
        {entry.rejectionReason && !entry.mergedInto && ` · rejected: ${entry.rejectionReason}`}
      </p>
      {canReview && (
        <div className="entry-actions">
          {entry.status !== 'approved' && (
            <button type="button" data-testid="entry-approve" onClick={() => void onPatch({ action: 'approve' })}>
              Approve
            </button>
          )}
          {entry.status !== 'rejected' && (
            <button type="button" data-testid="entry-reject" onClick={() => void onPatch({ action: 'reject' })}>
              Reject
            </button>
          )}
          {entry.status !== 'draft' && (
            <button
              type="button"
              className="link"
              data-testid="entry-reopen"
              onClick={() => void onPatch({ action: 'reopen' })}
            >
              Reopen
            </button>
          )}
          {targets.length > 0 && entry.status !== 'rejected' && (
            <span className="entry-merge">
              <select
                aria-label="Merge into"
                data-testid="entry-merge-into"
                value={into}
                onChange={(e) => setInto(e.target.value)}
              >
                <option value="">Merge into…</option>
                {targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title || t.id}
                  </option>
                ))}
              </select>
              <button
                type="button"
                data-testid="entry-merge"
                disabled={!into}
                onClick={() => void onPatch({ action: 'merge', into }).then((ok) => ok && setInto(''))}
              >
                Merge
              </button>
            </span>
          )}
        </div>
      )}
      {props.error && (
        <p className="notice error small" role="alert">
          {props.error}
        </p>
      )}
    </li>
  )
}
