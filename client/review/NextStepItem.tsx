/** One city's next step: text, votes, status and sign-off; the owning city (or the secretariat) signs it off. */
import { useTranslation } from 'react-i18next'
import type { NextStep } from '../../shared/schema/nextStep.ts'
import { formatDate } from '../i18n/format.ts'

export function NextStepItem(props: {
  step: NextStep
  canSignOff: boolean
  error: string | null
  onSignOff: () => void
}) {
  const { t } = useTranslation()
  const { step } = props
  return (
    <li
      className="next-step"
      data-testid="next-step"
      data-step-id={step.id}
      data-signed-off={step.signedOffBy ? 'true' : 'false'}
    >
      <p>{step.text || <span className="muted">{t('nextSteps.noText')}</span>}</p>
      <p className="muted small">
        {[
          t(`nextSteps.status.${step.status}`),
          t('nextSteps.votes', { count: step.votes.total }),
          step.dueDate && t('nextSteps.due', { date: formatDate(step.dueDate) }),
          step.missing && t('nextSteps.missing'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {step.signedOffBy ? (
        <p className="small signed-off">
          {t('nextSteps.signedOff', { name: step.signedOffBy.name, date: formatDate(step.signedOffBy.at) })}
        </p>
      ) : (
        props.canSignOff && (
          <button type="button" data-testid="sign-off" onClick={props.onSignOff}>
            {t('nextSteps.signOff')}
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
