/** POST /api/rooms (secretariat): create a Capital Room → 201 { room, invites, links }. */
import type { RequestHandler } from 'express'
import { createRoomSchema } from '../../shared/schema/room.ts'
import { SECRETARIAT_AUDIT_ACTOR } from '../audit/audit.ts'
import { parseInput } from '../http/errors.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'
import { inviteLinks } from './roomViews.ts'

export function createRoom(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const input = parseInput(createRoomSchema, req.body)
    const room = await deps.rooms.create(input)
    await deps.audit.record(SECRETARIAT_AUDIT_ACTOR, 'room.create', { roomId: room.id })
    res.status(201).json({ room: publicRoom(room), invites: room.invites, links: inviteLinks(room, deps.publicUrl()) })
  }
}
