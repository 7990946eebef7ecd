/**
 * POST /api/rooms/:roomId/close (secretariat): the room becomes read-only for everyone, now and later,
 * on every instance; its open voting round is closed (results revealed, ballots deleted); then a last
 * snapshot is taken of what the room ended with.
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
    // Closed first: from here on no round opens, no vote lands and the timer stays as it is.
    const room = await deps.rooms.close(before.id)
    await deps.collab.makeRoomReadOnly(room.id)
    await deps.voting.closeIfOpen(room.id)
    if (before.status !== 'closed') {
      await deps.snapshots.take(room.id, { name: 'Room closed', reason: 'closed', takenBy: null })
      await deps.audit.record(SECRETARIAT_AUDIT_ACTOR, 'room.close', { roomId: room.id })
    }
    res.json({ room: adminRoomView(room, deps) })
  }
}
