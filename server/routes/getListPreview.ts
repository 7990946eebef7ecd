/**
 * GET /api/rooms/:roomId/list-preview (any member of the room: facilitator, participant, observer)
 * → { ideaCount, rows }: the first rows of the list view (server/listPreview.ts), which the list shows
 * until the board document has synced. 409 room_purged for a purged room.
 */
import type { RequestHandler } from 'express'
import type { SessionClaims } from '../../shared/schema/participant.ts'
import { HttpError } from '../http/errors.ts'
import { createListPreviews } from '../listPreview.ts'
import type { RouteDeps } from './deps.ts'

export function getListPreview(deps: RouteDeps): RequestHandler {
  const previews = createListPreviews(deps.collab)
  return async (req, res) => {
    const roomId = String(req.params.roomId)
    const room = await deps.rooms.get(roomId)
    if (room.status === 'purged') throw new HttpError(409, 'room_purged', 'This room has been purged')
    const session = res.locals.session as SessionClaims
    res.json(await previews.of(roomId, session.sub))
  }
}
