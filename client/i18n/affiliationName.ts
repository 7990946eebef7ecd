/** An affiliation's name in the chosen language: city names stay as configured, ours are translated. */
import type { TFunction } from 'i18next'
import type { Affiliation } from '../../shared/cities.ts'

export function affiliationName(affiliation: Pick<Affiliation, 'id' | 'name' | 'kind'>, t: TFunction): string {
  return affiliation.kind === 'other'
    ? t(`affiliations.${affiliation.id}`, { defaultValue: affiliation.name })
    : affiliation.name
}
