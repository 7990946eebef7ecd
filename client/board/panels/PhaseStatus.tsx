/** In the top bar, for everyone: the current agenda phase (name, n/N) and the countdown. */
import { useTranslation } from 'react-i18next'
import { phaseName } from '../../i18n/phaseName.ts'
import type { Control } from '../control.ts'
import { Countdown } from './Countdown.tsx'
import './panels.css'

export function PhaseStatus({ control }: { control: Control }) {
  const { t } = useTranslation()
  const { phases, phase, timer } = control.state
  const index = Math.min(phase, phases.length - 1)
  return (
    <div className="phase-status" role="group" aria-label={t('list.phase')}>
      <span className="muted" data-testid="phase-position">
        {index + 1}/{phases.length}
      </span>
      <span className="phase-name" data-testid="phase-name">
        {phaseName(phases[index], t)}
      </span>
      <Countdown timer={timer} serverNow={control.serverNow} />
    </div>
  )
}
