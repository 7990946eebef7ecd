/** GET /api/session (session token) → { participant, room }: lets a reload rejoin silently. */
import type { RequestHandler } from 'express'
import type { SessionClaims } from '../../shared/schema/participant.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'

export function getSession(deps: RouteDeps): RequestHandler {
  return async (_req, res) => {
    const session = res.locals.session as SessionClaims
    const room = await deps.rooms.get(session.room)
    res.json({
      participant: {
        id: session.sub,
        name: session.name,
        city: session.city,
        role: session.role,
        admitted: session.admitted !== false,
      },
      room: publicRoom(room),
    })
  }
}
