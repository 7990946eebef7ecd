/**
 * Access, erasure and retention (GDPR Art. 15 and 17), all for the secretariat of the room:
 *   GET   /api/rooms/:roomId/participants                              → { participants }
 *   GET   /api/rooms/:roomId/participants/:participantId/export        → the person's data (JSON)
 *   POST  /api/rooms/:roomId/participants/:participantId/erase  { confirm: participantId } → what it changed
 *   PATCH /api/rooms/:roomId                                           { deleteAfter } → { room }
 *   POST  /api/rooms/:roomId/purge                                     { confirm: roomId } → { room, purge }
 * A missing or wrong `confirm` is a 400: erasure and purge cannot be undone.
 */
import { type Request, Router } from 'express'
import { confirmSchema, roomPatchSchema } from '../../shared/schema/privacy.ts'
import { type Actor, actorOf, requireSecretariat } from '../http/access.ts'
import { auditActorOf } from '../audit/audit.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { Privacy } from '../privacy/index.ts'
import type { RouteDeps } from './deps.ts'
import { adminRoomView } from './roomViews.ts'

export function privacyRoutes(deps: RouteDeps & { privacy: Privacy }): Router {
  const router = Router()
  const { erasure, purge } = deps.privacy

  async function secretariatOf(req: Request): Promise<{ actor: Actor; roomId: string }> {
    const actor = await actorOf(req, deps.tokens)
    const roomId = String(req.params.roomId)
    requireSecretariat(actor, roomId)
    return { actor, roomId }
  }

  function confirmed(body: unknown, expected: string, what: string) {
    const { confirm } = parseInput(confirmSchema, body)
    if (confirm !== expected)
      throw new HttpError(
        400,
        'confirmation_required',
        `To confirm, send { "confirm": "<${what}>" } with the ${what} itself: this cannot be undone`,
      )
  }

  const audit = (
    actor: Actor,
    action: 'participant.export' | 'participant.erase' | 'room.purge',
    roomId: string,
    target?: string,
  ) => deps.audit.record(auditActorOf(actor), action, { roomId, target })

  router.get('/rooms/:roomId/participants', async (req, res) => {
    const { roomId } = await secretariatOf(req)
    res.json({ participants: await erasure.participants(roomId) })
  })

  router.get('/rooms/:roomId/participants/:participantId/export', async (req, res) => {
    const { actor, roomId } = await secretariatOf(req)
    const participantId = String(req.params.participantId)
    const data = await erasure.exportParticipant(roomId, participantId)
    await audit(actor, 'participant.export', roomId, participantId)
    res.json(data)
  })

  router.post('/rooms/:roomId/participants/:participantId/erase', async (req, res) => {
    const { actor, roomId } = await secretariatOf(req)
    const participantId = String(req.params.participantId)
    confirmed(req.body, participantId, 'participantId')
    const report = await erasure.erase(roomId, participantId)
    await audit(actor, 'participant.erase', roomId, participantId)
    res.json(report)
  })

  router.patch('/rooms/:roomId', async (req, res) => {
    const { roomId } = await secretariatOf(req)
    const { deleteAfter } = parseInput(roomPatchSchema, req.body)
    const before = await deps.rooms.get(roomId)
    if (before.status === 'purged') throw new HttpError(409, 'room_purged', 'This room has been purged')
    const room = await deps.rooms.setDeleteAfter(roomId, deleteAfter)
    res.json({ room: adminRoomView(room, deps) })
  })

  router.post('/rooms/:roomId/purge', async (req, res) => {
    const { actor, roomId } = await secretariatOf(req)
    confirmed(req.body, roomId, 'roomId')
    await deps.rooms.get(roomId)
    const report = await purge(roomId)
    await audit(actor, 'room.purge', roomId)
    res.json({ room: adminRoomView(await deps.rooms.get(roomId), deps), purge: report })
  })

  return router
}
