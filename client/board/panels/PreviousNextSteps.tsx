/**
 * During "Results since last room", for everyone: each city's next steps from the earlier rooms with
 * their status, grouped by city in the city's colour, each city linking to its page.
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NextStep } from '../../../shared/schema/nextStep.ts'
import { getPreviousNextSteps } from '../../api/capitalCode.ts'
import { errorMessage } from '../../api/http.ts'
import type { Affiliation } from '../../api/types.ts'
import { groupByCity } from './previousSteps.ts'

export function PreviousNextSteps(props: { token: string; roomId: string; affiliations: Affiliation[] }) {
  const { t } = useTranslation()
  const { token, roomId } = props
  const [steps, setSteps] = useState<NextStep[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setSteps((await getPreviousNextSteps(token, roomId)).nextSteps)
      setError(null)
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }, [token, roomId])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <section
      className="panel previous-steps"
      aria-label={t('panels.previousSteps')}
      data-testid="previous-next-steps"
      // Loaded (or failed): what the panel will show is on the page.
      data-loaded={steps !== null || error !== null}
    >
      <div className="row spread">
        <h3>{t('panels.previousSteps')}</h3>
        <button type="button" className="link-button" onClick={() => void load()} title={t('panels.refreshHint')}>
          {t('panels.refresh')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {steps === null && !error && <p className="hint">{t('panels.loading')}</p>}
      {steps?.length === 0 && <p className="hint">{t('panels.noPreviousSteps')}</p>}
      {steps &&
        groupByCity(steps, props.affiliations, t).map((city) => (
          <div key={city.id} className="previous-city" style={{ borderLeftColor: city.color }} data-city={city.id}>
            <h4>
              <span className="dot" style={{ background: city.color }} aria-hidden="true" />
              {city.id ? (
                <a href={`/cities/${encodeURIComponent(city.id)}`} target="_blank" rel="noopener">
                  {city.name}
                </a>
              ) : (
                city.name
              )}
              <span className="hint">
                {' '}
                {t('panels.done', {
                  done: city.steps.filter((s) => s.status === 'done').length,
                  total: city.steps.length,
                })}
              </span>
            </h4>
            <ul>
              {city.steps.map((step) => (
                <li key={step.id} data-testid="previous-step" data-step-id={step.id} data-status={step.status}>
                  <span className={`step-status-tag tag-${step.status}`}>{t(`nextSteps.status.${step.status}`)}</span>
                  <span>{step.text}</span>
                  {step.progressNotes.length > 0 && (
                    <span className="hint note">{step.progressNotes[step.progressNotes.length - 1].text}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  )
}
