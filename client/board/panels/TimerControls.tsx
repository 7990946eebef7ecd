/** Facilitator: start a countdown of n minutes, pause / resume, add time, reset. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { timerRemaining } from '../../../shared/control.ts'
import type { Control } from '../control.ts'
import { useAction } from './useAction.ts'

export function TimerControls({ control }: { control: Control }) {
  const { t } = useTranslation()
  const [minutes, setMinutes] = useState('10')
  const { run, error, busy } = useAction()
  const { timer } = control.state
  const paused = !timer.running && timerRemaining(timer, control.serverNow()) > 0
  const parsed = Number(minutes)
  const validMinutes = Number.isFinite(parsed) && parsed > 0 && parsed <= 600

  return (
    <div className="row" role="group" aria-label={t('list.timer')}>
      <input
        type="number"
        min={1}
        max={600}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        aria-label={t('facilitation.minutes')}
        data-testid="timer-minutes"
      />
      <button
        type="button"
        disabled={busy || !validMinutes}
        onClick={() => run(() => control.changeTimer({ action: 'start', minutes: parsed }))}
        data-testid="timer-start"
      >
        {t('facilitation.timer.start')}
      </button>
      {timer.running ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => run(() => control.changeTimer({ action: 'pause' }))}
          data-testid="timer-pause"
        >
          {t('facilitation.timer.pause')}
        </button>
      ) : (
        <button
          type="button"
          disabled={busy || !paused}
          onClick={() => run(() => control.changeTimer({ action: 'start' }))}
          data-testid="timer-resume"
        >
          {t('facilitation.timer.resume')}
        </button>
      )}
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => control.changeTimer({ action: 'add', minutes: 1 }))}
        data-testid="timer-add-1"
      >
        {t('facilitation.timer.add1')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => control.changeTimer({ action: 'add', minutes: 5 }))}
        data-testid="timer-add-5"
      >
        {t('facilitation.timer.add5')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => control.changeTimer({ action: 'reset' }))}
        data-testid="timer-reset"
      >
        {t('facilitation.timer.reset')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
