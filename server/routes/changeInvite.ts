/**
 * POST   /api/rooms/:roomId/invites/:link (secretariat): a new invite link; the old one stops working.
 * DELETE /api/rooms/:roomId/invites/:link (secretariat): revoke it, so nobody can join with it.
 * `:link` is `facilitator`, `observer`, `secretariat`, `participant` (every participant link) or
 * `participant/<affiliation>` (one). Both answer { invites, links, removed }. People who already joined
 * keep their sessions, unless the body says `{ "revokeSessions": true }`: then everyone who joined
 * through the old code is removed (as by DELETE …/participants/:id).
 */
import type { Request, RequestHandler } from 'express'
import { z } from 'zod'
import { canManageRoster } from '../../shared/access.ts'
import { changeInviteSchema } from '../../shared/schema/participant.ts'
import { auditActorOf } from '../audit/audit.ts'
import { actorOf } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { Participants } from '../participants.ts'
import type { LinkSelector } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'
import { inviteLinks } from './roomViews.ts'

const linkSchema = z.enum(['facilitator', 'observer', 'secretariat', 'participant'])

function selectorOf(req: Request): LinkSelector {
  const link = parseInput(linkSchema, req.params.role)
  if (link !== 'participant') return { shared: link }
  return req.params.affiliation === undefined
    ? { allParticipantLinks: true }
    : { affiliation: String(req.params.affiliation) }
}

export function changeInvite(
  deps: RouteDeps & { participants: Participants },
  action: 'regenerate' | 'revoke',
): RequestHandler {
  return async (req, res) => {
    const roomId = String(req.params.roomId)
    const actor = await actorOf(req, deps.tokens)
    if (!canManageRoster(actor, roomId))
      throw new HttpError(403, 'forbidden', 'Only the secretariat can change invite links')
    const { revokeSessions } = parseInput(changeInviteSchema, req.body)
    const selector = selectorOf(req)
    const { room, replaced } = await deps.rooms.setInvite(roomId, selector, action)
    const removed = revokeSessions ? await deps.participants.removeJoinedThrough(room.id, replaced) : 0
    const target =
      'shared' in selector
        ? selector.shared
        : 'affiliation' in selector
          ? `participant/${selector.affiliation}`
          : 'participant'
    await deps.audit.record(auditActorOf(actor), `invite.${action}`, { roomId: room.id, target })
    res.json({ invites: room.invites, links: inviteLinks(room, deps.publicUrl()), removed })
  }
}
