/**
 * POST /api/rooms/:roomId/close (secretariat): a last snapshot is taken, then the room becomes
 * read-only for everyone, now and later.
 */
import type { RequestHandler } from 'express'
import { HttpError } from '../http/errors.ts'
import { SECRETARIAT_AUDIT_ACTOR } from '../audit/audit.ts'
import type { RouteDeps } from './deps.ts'
import { adminRoomView } from './roomViews.ts'

export function closeRoom(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const before = await deps.rooms.get(String(req.params.roomId))
    if (before.status === 'purged') throw new HttpError(409, 'room_purged', 'This room has been purged')
    if (before.status !== 'closed') await deps.snapshots.take(before.id, { name: 'Room closed', reason: 'closed', takenBy: null })
    const room = await deps.rooms.close(before.id)
    deps.collab.makeRoomReadOnly(room.id)
    if (before.status !== 'closed') await deps.audit.record(SECRETARIAT_AUDIT_ACTOR, 'room.close', { roomId: room.id })
    res.json({ room: adminRoomView(room, deps) })
  }
}
