/**
 * POST /api/join { invite, name?, city? } → { token, participant, room }: a session scoped to the room,
 * with the role and affiliation the link gives (server/rooms.ts). An unknown code counts against the
 * caller's address (http/joinLimits.ts).
 */
import type { RequestHandler } from 'express'
import { joinSchema } from '../../shared/schema/participant.ts'
import { DomainError } from '../domainError.ts'
import { parseInput } from '../http/errors.ts'
import type { UnknownInviteLimit } from '../http/joinLimits.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'
import { participantView } from './roomViews.ts'

export function joinRoom(deps: RouteDeps, unknownInvites: UnknownInviteLimit): RequestHandler {
  return async (req, res) => {
    const input = parseInput(joinSchema, req.body)
    try {
      const { token, participant, room } = await deps.rooms.join(input)
      await deps.audit.record({ id: participant.id, role: participant.role }, 'participant.join', { roomId: room.id })
      res.json({ token, participant: participantView(participant), room: publicRoom(room) })
    } catch (error) {
      if (error instanceof DomainError && error.code === 'invite_not_found') await unknownInvites.count(req)
      throw error
    }
  }
}
