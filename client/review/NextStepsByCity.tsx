/** The room's next steps grouped by owning city, in the configured city order. */
import { useTranslation } from 'react-i18next'
import type { NextStep } from '../../shared/schema/nextStep.ts'
import type { Affiliation } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { NextStepItem } from './NextStepItem.tsx'

export function NextStepsByCity(props: {
  steps: NextStep[]
  affiliations: Affiliation[]
  canSignOff: (step: NextStep) => boolean
  errors: ReadonlyMap<string, string>
  onSignOff: (step: NextStep) => void
}) {
  const { t } = useTranslation()
  const order = props.affiliations.map((a) => a.id)
  const cities = [...new Set(props.steps.map((s) => s.city))].sort((x, y) => rank(order, x) - rank(order, y))
  if (cities.length === 0) return <p className="muted small">{t('review.distill.noNextSteps')}</p>
  return (
    <div className="next-steps">
      {cities.map((city) => {
        const affiliation = props.affiliations.find((a) => a.id === city)
        return (
          <section key={city ?? 'none'} className="next-steps-city" data-city={city ?? ''}>
            <h4>
              {affiliation && <span className="dot" style={{ background: affiliation.color }} aria-hidden="true" />}
              {affiliation ? affiliationName(affiliation, t) : (city ?? t('review.distill.noCityYet'))}
            </h4>
            <ul>
              {props.steps
                .filter((s) => s.city === city)
                .map((step) => (
                  <NextStepItem
                    key={step.id}
                    step={step}
                    canSignOff={props.canSignOff(step)}
                    error={props.errors.get(step.id) ?? null}
                    onSignOff={() => props.onSignOff(step)}
                  />
                ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

const rank = (order: string[], city: string | null) => {
  const i = city === null ? -1 : order.indexOf(city)
  return i === -1 ? order.length : i
}
