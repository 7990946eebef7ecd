/** The countdown's state machine: the timer after an action, in server time. */
import { timerRemaining, type Timer } from '../../shared/control.ts'
import type { TimerAction } from '../../shared/schema/timer.ts'
import { DomainError } from '../domainError.ts'

/** The timer after `action` at server time `now`. */
export function nextTimer(timer: Timer, action: TimerAction, now: number): Timer {
  const remaining = timerRemaining(timer, now)
  switch (action.action) {
    case 'start': {
      const ms = action.minutes !== undefined ? action.minutes * 60_000 : remaining
      if (ms <= 0) throw new DomainError('nothing_to_resume', 'Give the minutes to count down')
      return { running: true, endsAt: now + ms, remainingMs: ms }
    }
    case 'pause':
      return { running: false, endsAt: null, remainingMs: remaining }
    case 'add': {
      const ms = remaining + action.minutes * 60_000
      return timer.running
        ? { running: true, endsAt: now + ms, remainingMs: ms }
        : { running: false, endsAt: null, remainingMs: ms }
    }
    case 'reset':
      return { running: false, endsAt: null, remainingMs: 0 }
  }
}
