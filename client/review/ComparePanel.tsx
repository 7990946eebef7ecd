/** Pick two snapshots, A (before) and B (after); B is the one on the canvas, with A's changes marked. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { formatTime } from '../i18n/format.ts'
import { snapshotTitle } from './snapshotTitle.ts'

export function ComparePanel(props: {
  summaries: SnapshotSummary[]
  a: string | null
  b: string | null
  onChangeA: (id: string | null) => void
  onChangeB: (id: string) => void
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const options = props.summaries.map((s) => (
    <option key={s.id} value={s.id}>
      {snapshotTitle(s, t)} · {formatTime(s.takenAt)}
    </option>
  ))
  return (
    <section className="review-section" aria-label={t('review.compare.label')}>
      <h2>{t('review.compare.heading')}</h2>
      <div className="compare-selects">
        <label>
          {t('review.compare.before')}
          <select
            data-testid="compare-a"
            value={props.a ?? ''}
            onChange={(e) => props.onChangeA(e.target.value || null)}
          >
            <option value="">{t('review.compare.none')}</option>
            {options}
          </select>
        </label>
        <label>
          {t('review.compare.after')}
          <select
            data-testid="compare-b"
            value={props.b ?? ''}
            onChange={(e) => e.target.value && props.onChangeB(e.target.value)}
          >
            {options}
          </select>
        </label>
      </div>
      {props.children}
    </section>
  )
}
