/** The countdown in mm:ss, ticking from server time, so every screen shows the same and a reload keeps it. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { timerRemaining, type Timer } from '../../../shared/control.ts'

export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  const minutes = Math.floor(seconds / 60)
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}

export function Countdown({ timer, serverNow }: { timer: Timer; serverNow: () => number }) {
  const { t } = useTranslation()
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!timer.running) return
    const id = setInterval(() => setTick((n) => n + 1), 250)
    return () => clearInterval(id)
  }, [timer.running])

  const remaining = timerRemaining(timer, serverNow())
  const idle = !timer.running && remaining === 0
  const state = idle ? 'idle' : timer.running && remaining === 0 ? 'expired' : timer.running ? 'running' : 'paused'
  const title = {
    idle: t('timer.idle'),
    expired: t('timer.expired'),
    running: t('timer.running'),
    paused: t('timer.pausedShort'),
  }[state]
  return (
    <span className={`timer ${state}`} data-testid="timer" data-state={state} title={title} role="timer">
      {idle ? '--:--' : formatClock(remaining)}
      {state === 'paused' && ` (${t('timer.pausedShort')})`}
    </span>
  )
}
