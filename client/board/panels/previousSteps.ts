/** When the board shows the previous rooms' next steps, and how they are grouped. */
import type { TFunction } from 'i18next'
import { DEFAULT_PHASES, type ControlState } from '../../../shared/control.ts'
import type { NextStep } from '../../../shared/schema/nextStep.ts'
import type { Affiliation } from '../../api/types.ts'
import { affiliationName } from '../../i18n/affiliationName.ts'

/** The default agenda's second phase; matched by name, since facilitators may reorder the agenda. */
export const RESULTS_PHASE = DEFAULT_PHASES[1]

export function isResultsPhase(state: ControlState): boolean {
  const current = state.phases[Math.min(state.phase, state.phases.length - 1)] ?? ''
  return current.trim().toLowerCase() === RESULTS_PHASE.toLowerCase()
}

export interface CitySteps {
  id: string
  name: string
  color: string
  steps: NextStep[]
}

/** Steps grouped by owning city, in the configured city order; steps without a city last. */
export function groupByCity(steps: NextStep[], affiliations: Affiliation[], t: TFunction): CitySteps[] {
  const groups = new Map<string, CitySteps>()
  for (const step of steps) {
    const id = step.city ?? ''
    let group = groups.get(id)
    if (!group) {
      const affiliation = affiliations.find((a) => a.id === id)
      const name = affiliation ? affiliationName(affiliation, t) : id || t('cases.noCity')
      group = { id, name, color: affiliation?.color ?? '#6e7781', steps: [] }
      groups.set(id, group)
    }
    group.steps.push(step)
  }
  const order = (id: string) => {
    const index = affiliations.findIndex((a) => a.id === id)
    return index === -1 ? affiliations.length : index
  }
  return [...groups.values()].sort((a, b) => order(a.id) - order(b.id))
}
