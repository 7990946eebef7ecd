/**
 * One next step on a city page: text, votes, status, due date, started/completed dates, progress
 * notes and sign-off. With `token` null the step is read-only; the server still decides, and its
 * refusal (e.g. 403) is shown on the step.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  NEXT_STEP_STATUSES,
  type NextStep,
  type NextStepPatch,
  type NextStepStatus,
} from '../../shared/schema/nextStep.ts'
import { changeNextStep } from '../api/capitalCode.ts'
import { errorMessage } from '../api/http.ts'
import { formatDate } from '../i18n/format.ts'
import { StepNotes } from './StepNotes.tsx'

export function CityStep(props: { step: NextStep; token: string | null; onChanged: (step: NextStep) => void }) {
  const { t } = useTranslation()
  const { step, token, onChanged } = props
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const change = async (patch: NextStepPatch): Promise<boolean> => {
    if (!token) return false
    setBusy(true)
    setError(null)
    try {
      onChanged((await changeNextStep(token, step.id, patch)).nextStep)
      return true
    } catch (caught) {
      setError(errorMessage(caught))
      return false
    } finally {
      setBusy(false)
    }
  }

  const editable = token !== null
  return (
    <li
      className={`city-step card step-${step.status}`}
      data-testid="city-step"
      data-step-id={step.id}
      data-status={step.status}
    >
      <div className="city-step-head">
        <p className="city-step-text">{step.text || <span className="muted">{t('nextSteps.noText')}</span>}</p>
        <span className="muted small">
          {t('nextSteps.votes', { count: step.votes.total })}
          {step.missing && ` · ${t('nextSteps.missing')}`}
        </span>
      </div>
      <div className="city-step-fields">
        <label>
          {t('cityPage.status')}
          <select
            value={step.status}
            disabled={!editable || busy}
            onChange={(e) => void change({ action: 'status', status: e.target.value as NextStepStatus })}
            data-testid="step-status"
          >
            {NEXT_STEP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`nextSteps.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cityPage.due')}
          <input
            type="date"
            value={step.dueDate ?? ''}
            disabled={!editable || busy}
            onChange={(e) => void change({ action: 'edit', dueDate: e.target.value || null })}
            data-testid="step-due-date"
          />
        </label>
        <span className="small muted" data-testid="step-dates">
          {[
            step.startedAt && t('cityPage.started', { date: formatDate(step.startedAt) }),
            step.completedAt && t('cityPage.completed', { date: formatDate(step.completedAt) }),
          ]
            .filter(Boolean)
            .join(' · ') || t('cityPage.notStarted')}
        </span>
      </div>
      <StepNotes
        notes={step.progressNotes}
        busy={busy}
        onAdd={editable ? (text) => change({ action: 'note', text }) : null}
      />
      <div className="city-step-foot">
        {step.signedOffBy ? (
          <span className="signed-off small" data-testid="step-signed-off">
            {t('nextSteps.signedOff', { name: step.signedOffBy.name, date: formatDate(step.signedOffBy.at) })}
          </span>
        ) : editable ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => void change({ action: 'sign-off' })}
            data-testid="step-sign-off"
          >
            {t('nextSteps.signOff')}
          </button>
        ) : (
          <span className="muted small">{t('cityPage.notSignedOff')}</span>
        )}
      </div>
      {error && (
        <p className="notice error small" role="alert" data-testid="step-error">
          {error}
        </p>
      )}
    </li>
  )
}
