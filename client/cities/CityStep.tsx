/**
 * One next step on a city page: text, votes, status, due date, started/completed dates, progress
 * notes and sign-off. With `token` null the step is read-only; the server still decides, and its
 * refusal (e.g. 403) is shown on the step.
 */
import { useState } from 'react'
import {
  NEXT_STEP_STATUS_LABELS,
  NEXT_STEP_STATUSES,
  type NextStep,
  type NextStepPatch,
  type NextStepStatus,
} from '../../shared/schema/nextStep.ts'
import { changeNextStep } from '../api/capitalCode.ts'
import { errorMessage } from '../api/http.ts'
import { formatDate } from './format.ts'
import { StepNotes } from './StepNotes.tsx'

export function CityStep(props: { step: NextStep; token: string | null; onChanged: (step: NextStep) => void }) {
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
        <p className="city-step-text">{step.text || <span className="muted">(no text)</span>}</p>
        <span className="muted small">
          {step.votes.total} {step.votes.total === 1 ? 'vote' : 'votes'}
          {step.missing && ' · no longer on the board'}
        </span>
      </div>
      <div className="city-step-fields">
        <label>
          Status
          <select
            value={step.status}
            disabled={!editable || busy}
            onChange={(e) => void change({ action: 'status', status: e.target.value as NextStepStatus })}
            data-testid="step-status"
          >
            {NEXT_STEP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {NEXT_STEP_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due
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
            step.startedAt && `Started ${formatDate(step.startedAt)}`,
            step.completedAt && `Completed ${formatDate(step.completedAt)}`,
          ]
            .filter(Boolean)
            .join(' · ') || 'Not started'}
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
            ✓ Signed off by {step.signedOffBy.name} on {formatDate(step.signedOffBy.at)}
          </span>
        ) : editable ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => void change({ action: 'sign-off' })}
            data-testid="step-sign-off"
          >
            Sign off
          </button>
        ) : (
          <span className="muted small">Not signed off yet</span>
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
