/** One city's next step: text, votes, status and sign-off; the owning city (or the secretariat) signs it off. */
import { NEXT_STEP_STATUS_LABELS, type NextStep } from '../../shared/schema/nextStep.ts'

export function NextStepItem(props: {
  step: NextStep
  canSignOff: boolean
  error: string | null
  onSignOff: () => void
}) {
  const { step } = props
  return (
    <li
      className="next-step"
      data-testid="next-step"
      data-step-id={step.id}
      data-signed-off={step.signedOffBy ? 'true' : 'false'}
    >
      <p>{step.text || <span className="muted">(no text)</span>}</p>
      <p className="muted small">
        {NEXT_STEP_STATUS_LABELS[step.status]} · {step.votes.total === 1 ? '1 vote' : `${step.votes.total} votes`}
        {step.dueDate && ` · due ${step.dueDate}`}
        {step.missing && ' · no longer on the board'}
      </p>
      {step.signedOffBy ? (
        <p className="small signed-off">
          ✓ Signed off by {step.signedOffBy.name} on {new Date(step.signedOffBy.at).toLocaleDateString()}
        </p>
      ) : (
        props.canSignOff && (
          <button type="button" data-testid="sign-off" onClick={props.onSignOff}>
            Sign off
          </button>
        )
      )}
      {props.error && (
        <p className="notice error small" role="alert">
          {props.error}
        </p>
      )}
    </li>
  )
}
