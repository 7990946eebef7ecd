/**
 * GET /api/rooms/:roomId — the secretariat sees the room with its invites; a member of the room
 * (session token of that room) sees the room alone; anyone else gets 401/403.
 */
import type { RequestHandler } from 'express'
import { HttpError } from '../http/errors.ts'
import { identify } from '../http/auth.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'
import { adminRoomView } from './roomViews.ts'

export function getRoom(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const who = await identify(req, deps.tokens)
    if (!who) throw new HttpError(401, 'unauthorized', 'A secretariat or session token is required')
    const roomId = String(req.params.roomId)
    if (!who.admin && who.session.room !== roomId)
      throw new HttpError(403, 'forbidden', 'This token is for another room')
    const room = await deps.rooms.get(roomId)
    res.json({ room: who.admin ? adminRoomView(room, deps) : publicRoom(room) })
  }
}
