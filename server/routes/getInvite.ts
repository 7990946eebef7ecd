/**
 * GET /api/invites/:code — what an invite link opens (for the join page): the room, the role, the
 * affiliation the link fixes (null: the joiner picks a city or Expert) and, for a personal link, whose it is.
 */
import type { RequestHandler } from 'express'
import { DomainError } from '../domainError.ts'
import type { UnknownInviteLimit } from '../http/joinLimits.ts'
import type { RouteDeps } from './deps.ts'

export function getInvite(deps: RouteDeps, unknownInvites: UnknownInviteLimit): RequestHandler {
  return async (req, res) => {
    try {
      const { room, target, personal } = await deps.rooms.findInvite(String(req.params.code))
      const { id, title, date, hostCity, location, status } = room
      res.json({
        room: { id, title, date, hostCity, location, status },
        role: target.role,
        affiliation: target.affiliation,
        personal: personal ? { name: personal.name } : null,
      })
    } catch (error) {
      if (error instanceof DomainError && error.code === 'invite_not_found') await unknownInvites.count(req)
      throw error
    }
  }
}
