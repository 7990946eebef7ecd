/**
 * The countdown as mm:ss for the eye and in words for a screen reader ("4 minutes 30 seconds left",
 * "paused", "time's up"), from server time like the canvas's.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { timerRemaining, type Timer } from '../../shared/control.ts'
import { formatClock } from '../board/panels/Countdown.tsx'

export function ListTimer({ timer, serverNow }: { timer: Timer; serverNow: () => number }) {
  const { t } = useTranslation()
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!timer.running) return
    const id = setInterval(() => setTick((n) => n + 1), 1000)
    return () => clearInterval(id)
  }, [timer.running])

  const remaining = timerRemaining(timer, serverNow())
  const seconds = Math.ceil(remaining / 1000)
  const state =
    !timer.running && remaining === 0
      ? 'idle'
      : timer.running && remaining === 0
        ? 'expired'
        : timer.running
          ? 'running'
          : 'paused'
  const words = t('timer.words', {
    minutes: t('timer.minutes', { count: Math.floor(seconds / 60) }),
    seconds: t('timer.seconds', { count: seconds % 60 }),
  })
  const text = {
    idle: t('timer.idle'),
    expired: t('timer.expired'),
    running: t('timer.left', { time: words }),
    paused: t('timer.paused', { time: words }),
  }[state]
  return (
    <span className={`timer ${state}`} data-testid="list-timer" data-state={state}>
      <span aria-hidden="true">{state === 'idle' ? '--:--' : formatClock(remaining)}</span>{' '}
      <span className="timer-words">{text}</span>
    </span>
  )
}
