/**
 * POST   /api/rooms/:roomId/invites/:role (secretariat): a new invite link for the role; the old one stops working.
 * DELETE /api/rooms/:roomId/invites/:role (secretariat): revoke the role's link, so nobody can join with it.
 * Both answer { invites, links }. People who already joined keep their sessions.
 */
import type { RequestHandler } from 'express'
import { roleSchema } from '../../shared/schema/room.ts'
import { SECRETARIAT_AUDIT_ACTOR } from '../audit/audit.ts'
import { parseInput } from '../http/errors.ts'
import type { RouteDeps } from './deps.ts'
import { inviteLinks } from './roomViews.ts'

export function changeInvite(deps: RouteDeps, action: 'regenerate' | 'revoke'): RequestHandler {
  return async (req, res) => {
    const role = parseInput(roleSchema, req.params.role)
    const room = await deps.rooms.setInvite(String(req.params.roomId), role, action)
    await deps.audit.record(SECRETARIAT_AUDIT_ACTOR, `invite.${action}`, { roomId: room.id, target: role })
    res.json({ invites: room.invites, links: inviteLinks(room, deps.publicUrl()) })
  }
}
