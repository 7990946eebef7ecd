/**
 * POST /api/rooms/:roomId/close (secretariat): a last snapshot is taken, then the room becomes
 * read-only for everyone, now and later.
 */
import type { RequestHandler } from 'express'
import type { RouteDeps } from './deps.ts'
import { adminRoomView } from './roomViews.ts'

export function closeRoom(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const before = await deps.rooms.get(String(req.params.roomId))
    if (before.status !== 'closed') await deps.snapshots.take(before.id, { name: 'Room closed', reason: 'closed', takenBy: null })
    const room = await deps.rooms.close(before.id)
    await deps.collab.makeRoomReadOnly(room.id)
    res.json({ room: adminRoomView(room, deps) })
  }
}
