/**
 * A phase's name in the chosen language. The default agenda's names are ours and are translated;
 * a phase the facilitator named is shown as written.
 */
import type { TFunction } from 'i18next'
import { DEFAULT_PHASES } from '../../shared/control.ts'

export function phaseName(name: string, t: TFunction): string {
  const index = DEFAULT_PHASES.indexOf(name)
  return index === -1 ? name : t(`phases.p${index}`)
}
