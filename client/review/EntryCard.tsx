/**
 * One Capital Code entry as distilled (and perhaps edited): type, title, texts, cities, votes and
 * status. The secretariat approves, rejects, reopens, retitles or merges it into another entry.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeEntry, EntryPatch } from '../../shared/schema/codeEntry.ts'
import { EntryTitle } from './EntryTitle.tsx'

export function EntryCard(props: {
  entry: CodeEntry
  others: CodeEntry[]
  canReview: boolean
  cityName: (id: string) => string
  error: string | null
  onPatch: (patch: EntryPatch) => Promise<boolean>
}) {
  const { t } = useTranslation()
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
        <span className={`badge type-${entry.type}`}>{t(`kinds.${entry.type}`)}</span>
        <span className={`badge entry-status-${entry.status}`}>{t(`review.entry.status.${entry.status}`)}</span>
        {entry.missing && (
          <span className="badge warn" title={t('review.entry.missingHint')}>
            {t('review.entry.missing')}
          </span>
        )}
        <span className="muted small">{t('review.entry.votes', { count: entry.votes.total })}</span>
      </div>
      <EntryTitle title={entry.title} editable={canReview} onSave={(title) => onPatch({ action: 'edit', title })} />
      <ul className="entry-texts">
        {entry.texts.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <p className="muted small">
        {entry.cities.length > 0 ? entry.cities.map(props.cityName).join(', ') : t('review.entry.noCity')}
        {entry.mergedInto &&
          ` · ${t('review.entry.mergedInto', { title: props.others.find((o) => o.id === entry.mergedInto)?.title ?? entry.mergedInto })}`}
        {entry.rejectionReason &&
          !entry.mergedInto &&
          ` · ${t('review.entry.rejected', { reason: entry.rejectionReason })}`}
      </p>
      {canReview && (
        <div className="entry-actions">
          {entry.status !== 'approved' && (
            <button type="button" data-testid="entry-approve" onClick={() => void onPatch({ action: 'approve' })}>
              {t('review.entry.approve')}
            </button>
          )}
          {entry.status !== 'rejected' && (
            <button type="button" data-testid="entry-reject" onClick={() => void onPatch({ action: 'reject' })}>
              {t('review.entry.reject')}
            </button>
          )}
          {entry.status !== 'draft' && (
            <button
              type="button"
              className="link"
              data-testid="entry-reopen"
              onClick={() => void onPatch({ action: 'reopen' })}
            >
              {t('review.entry.reopen')}
            </button>
          )}
          {targets.length > 0 && entry.status !== 'rejected' && (
            <span className="entry-merge">
              <select
                aria-label={t('review.entry.mergeInto')}
                data-testid="entry-merge-into"
                value={into}
                onChange={(e) => setInto(e.target.value)}
              >
                <option value="">{t('review.entry.mergeIntoChoose')}</option>
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.title || target.id}
                  </option>
                ))}
              </select>
              <button
                type="button"
                data-testid="entry-merge"
                disabled={!into}
                onClick={() => void onPatch({ action: 'merge', into }).then((ok) => ok && setInto(''))}
              >
                {t('review.entry.merge')}
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
