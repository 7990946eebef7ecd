/** GET /api/invites/:code — what an invite link opens (for the join page): the room and the role. */
import type { RequestHandler } from 'express'
import type { RouteDeps } from './deps.ts'

export function getInvite(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const { room, role } = await deps.rooms.findInvite(String(req.params.code))
    const { id, title, date, hostCity, location, status } = room
    res.json({ room: { id, title, date, hostCity, location, status }, role })
  }
}
