/** POST /api/rooms/:roomId/close (secretariat): the room becomes read-only for everyone, now and later. */
import type { RequestHandler } from 'express'
import type { RouteDeps } from './deps.ts'
import { adminRoomView } from './roomViews.ts'

export function closeRoom(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const room = await deps.rooms.close(String(req.params.roomId))
    deps.collab.makeRoomReadOnly(room.id)
    res.json({ room: adminRoomView(room, deps) })
  }
}
