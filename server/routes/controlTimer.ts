/**
 * POST /api/rooms/:roomId/timer (facilitator) → { timer }. The countdown lives in the control document
 * in server time, so everyone sees the same one and a reload does not reset it. A closed room's timer
 * does not change (409 room_closed).
 *   { action: 'start', minutes? }  a new countdown of `minutes`, or resume a paused one
 *   { action: 'pause' } · { action: 'add', minutes } · { action: 'reset' }
 */
import type { RequestHandler } from 'express'
import { readControl, type Timer } from '../../shared/control.ts'
import { timerActionSchema } from '../../shared/schema/timer.ts'
import { nextTimer } from '../facilitation/timer.ts'
import { parseInput } from '../http/errors.ts'
import { refuseIfClosed } from '../roomStatus.ts'
import type { RouteDeps } from './deps.ts'

export function controlTimer(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const action = parseInput(timerActionSchema, req.body)
    const roomId = String(req.params.roomId)
    await refuseIfClosed(async (id) => (await deps.rooms.get(id)).status, roomId)
    let timer: Timer | undefined
    // Read and write in one transaction on the control document itself: on an instance where the room is
    // not open, a cached state would be the defaults, and a pause would start from a zero timer.
    await deps.collab.writeControl(roomId, (control) => {
      timer = nextTimer(readControl(control.toJSON()).timer, action, Date.now())
      control.set('timer', timer)
    })
    res.json({ timer })
  }
}
