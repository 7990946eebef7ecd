/**
 * Distillation on the review page: facilitators and the secretariat distil the selected snapshot;
 * everyone sees the room's Capital Code entries and next steps. The secretariat reviews entries; a
 * city's people sign off their city's next steps.
 */
import { useTranslation } from 'react-i18next'
import { ENTRY_TYPES } from '../../shared/schema/codeEntry.ts'
import type { NextStep } from '../../shared/schema/nextStep.ts'
import type { Affiliation } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import type { CodeReview } from './useCapitalCodeReview.ts'
import type { ReviewAccess } from './useReviewAccess.ts'
import { EntryCard } from './EntryCard.tsx'
import { NextStepsByCity } from './NextStepsByCity.tsx'

export function DistillPanel(props: {
  review: CodeReview
  access: ReviewAccess
  snapshot: { id: string; name: string } | null
  affiliations: Affiliation[]
}) {
  const { t } = useTranslation()
  const { review, access, snapshot } = props
  const cityName = (id: string) => {
    const affiliation = props.affiliations.find((a) => a.id === id)
    return affiliation ? affiliationName(affiliation, t) : id
  }
  const entries = [...(review.entries ?? [])].sort(
    (x, y) => ENTRY_TYPES.indexOf(x.type) - ENTRY_TYPES.indexOf(y.type) || y.votes.total - x.votes.total,
  )
  const canSignOff = (step: NextStep) =>
    access.isSecretariat ||
    (access.member !== null && access.member.role !== 'observer' && access.member.city === step.city)

  return (
    <section className="review-section distill" aria-label={t('review.distill.label')}>
      <div className="review-section-head">
        <h2>{t('review.distill.heading')}</h2>
        {access.canDistill && snapshot && (
          <button
            type="button"
            className="primary"
            data-testid="distill"
            disabled={review.busy}
            onClick={() => void review.distill(snapshot.id)}
          >
            {review.busy ? t('review.distill.busy') : t('review.distill.action', { name: snapshot.name })}
          </button>
        )}
      </div>
      {review.error && (
        <p className="notice error" role="alert" data-testid="distill-error">
          {review.error}
        </p>
      )}
      {review.report && (
        <p className="muted small" role="status" data-testid="distill-report">
          {t('review.distill.report', {
            added: review.report.added.length,
            updated: review.report.updated.length,
            missing: review.report.missing.length,
          })}
        </p>
      )}
      <div className="distill-columns">
        <div>
          <h3>{t('review.distill.entries')}</h3>
          {review.entries === null ? (
            <p className="muted small">{t('review.distill.loading')}</p>
          ) : entries.length === 0 ? (
            <p className="muted small">
              {access.canDistill ? t('review.distill.noEntriesDistil') : t('review.distill.noEntries')}
            </p>
          ) : (
            <ul className="entry-list">
              {entries.map((entry) => (
                <EntryCard
                  key={entry.id}
                  entry={entry}
                  others={entries}
                  canReview={access.isSecretariat}
                  cityName={cityName}
                  error={review.errors.get(entry.id) ?? null}
                  onPatch={(patch) => review.changeEntry(entry.id, patch)}
                />
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('review.distill.nextSteps')}</h3>
          <NextStepsByCity
            steps={review.nextSteps}
            affiliations={props.affiliations}
            canSignOff={canSignOff}
            errors={review.errors}
            onSignOff={(step) => void review.changeStep(step.id, { action: 'sign-off' })}
          />
        </div>
      </div>
    </section>
  )
}
