/** POST /api/join { invite, name, city } → { token, participant, room }: a session scoped to the room and role. */
import type { RequestHandler } from 'express'
import { joinSchema } from '../../shared/schema/participant.ts'
import { parseInput } from '../http/errors.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'

export function joinRoom(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const input = parseInput(joinSchema, req.body)
    const { token, participant, room } = await deps.rooms.join(input)
    const { id, name, city, role } = participant
    await deps.audit.record({ id, role }, 'participant.join', { roomId: room.id })
    res.json({ token, participant: { id, name, city, role }, room: publicRoom(room) })
  }
}
