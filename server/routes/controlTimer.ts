/**
 * POST /api/rooms/:roomId/timer (facilitator) → { timer }. The countdown lives in the control document
 * in server time, so everyone sees the same one and a reload does not reset it.
 *   { action: 'start', minutes? }  a new countdown of `minutes`, or resume a paused one
 *   { action: 'pause' } · { action: 'add', minutes } · { action: 'reset' }
 */
import type { RequestHandler } from 'express'
import { z } from 'zod'
import { timerRemaining, type Timer } from '../../shared/control.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { RouteDeps } from './deps.ts'

const minutes = z.number().positive().max(600)
const timerActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start'), minutes: minutes.optional() }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('add'), minutes }),
  z.strictObject({ action: z.literal('reset') }),
])
type TimerAction = z.infer<typeof timerActionSchema>

/** The timer after `action` at server time `now`. */
export function nextTimer(timer: Timer, action: TimerAction, now: number): Timer {
  const remaining = timerRemaining(timer, now)
  switch (action.action) {
    case 'start': {
      const ms = action.minutes !== undefined ? action.minutes * 60_000 : remaining
      if (ms <= 0) throw new HttpError(400, 'nothing_to_resume', 'Give the minutes to count down')
      return { running: true, endsAt: now + ms, remainingMs: ms }
    }
    case 'pause':
      return { running: false, endsAt: null, remainingMs: remaining }
    case 'add': {
      const ms = remaining + action.minutes * 60_000
      return timer.running ? { running: true, endsAt: now + ms, remainingMs: ms } : { running: false, endsAt: null, remainingMs: ms }
    }
    case 'reset':
      return { running: false, endsAt: null, remainingMs: 0 }
  }
}

export function controlTimer(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const action = parseInput(timerActionSchema, req.body)
    const roomId = String(req.params.roomId)
    const timer = nextTimer(deps.collab.control(roomId).timer, action, Date.now())
    await deps.collab.writeControl(roomId, (control) => control.set('timer', timer))
    res.json({ timer })
  }
}
