/**
 * The people of a room (server/participants.ts):
 *   POST   /api/rooms/:roomId/roster                        (secretariat) { name, affiliation, role } → 201 { participant, link }
 *   POST   /api/rooms/:roomId/roster/csv                    (secretariat) { csv } → 201 { added: [{ participant, link }] }
 *   GET    /api/rooms/:roomId/roster                        (secretariat) → { roster: [{ participant, link }] }
 *   GET    /api/rooms/:roomId/lobby                         (facilitators, secretariat) → { waiting, members, admitted, voters }
 *   POST   /api/rooms/:roomId/lobby/admit                   (facilitators, secretariat) { city } → { admitted }
 *   POST   /api/rooms/:roomId/participants/:participantId/admit (facilitators, secretariat) → { participant }
 *   DELETE /api/rooms/:roomId/participants/:participantId   (facilitators, secretariat) → { participant }
 *   PATCH  /api/rooms/:roomId                               (facilitators, secretariat) { admission } → { room }
 *     (a PATCH without `admission` goes on to the retention route, server/routes/privacyRoutes.ts)
 */
import { Router, type Request } from 'express'
import { z } from 'zod'
import { canManageParticipants, canManageRoster, type Asker } from '../../shared/access.ts'
import { rosterCsvSchema, rosterEntrySchema } from '../../shared/schema/participant.ts'
import { changeRoomSchema } from '../../shared/schema/room.ts'
import { actorOf } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { Participants } from '../participants.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'
import { participantView, rosterView } from './roomViews.ts'

const admitCitySchema = z.strictObject({ city: z.string().trim().min(1).max(60) })

export function participantRoutes(deps: RouteDeps & { participants: Participants }): Router {
  const router = Router()
  const base = () => deps.publicUrl()

  /** The caller, if `rule` allows them on the path's room (and the room exists); otherwise 401/403/404. */
  async function authorise(req: Request, rule: (asker: Asker, roomId: string) => boolean, who: string) {
    const actor = await actorOf(req, deps.tokens)
    const roomId = String(req.params.roomId)
    if (!rule(actor, roomId)) throw new HttpError(403, 'forbidden', `Only ${who} can do this`)
    await deps.rooms.get(roomId)
    return { actor, roomId }
  }
  const secretariat = (req: Request) => authorise(req, canManageRoster, 'the secretariat')
  const managers = (req: Request) => authorise(req, canManageParticipants, 'facilitators and the secretariat')

  router.post('/rooms/:roomId/roster', async (req, res) => {
    const { roomId } = await secretariat(req)
    const participant = await deps.participants.register(roomId, parseInput(rosterEntrySchema, req.body))
    res.status(201).json(rosterView(participant, base()))
  })

  router.post('/rooms/:roomId/roster/csv', async (req, res) => {
    const { roomId } = await secretariat(req)
    const added = await deps.participants.registerCsv(roomId, parseInput(rosterCsvSchema, req.body).csv)
    res.status(201).json({ added: added.map((p) => rosterView(p, base())) })
  })

  router.get('/rooms/:roomId/roster', async (req, res) => {
    const { roomId } = await secretariat(req)
    res.json({ roster: (await deps.participants.roster(roomId)).map((p) => rosterView(p, base())) })
  })

  router.get('/rooms/:roomId/lobby', async (req, res) => {
    const { roomId } = await managers(req)
    const [waiting, { members, voters }] = await Promise.all([
      deps.participants.waiting(roomId),
      deps.participants.admitted(roomId),
    ])
    res.json({
      waiting: waiting.map(participantView),
      members: members.map(participantView),
      admitted: members.length,
      voters,
    })
  })

  router.post('/rooms/:roomId/lobby/admit', async (req, res) => {
    const { roomId } = await managers(req)
    const { city } = parseInput(admitCitySchema, req.body)
    res.json({ admitted: (await deps.participants.admitCity(roomId, city)).map(participantView) })
  })

  router.post('/rooms/:roomId/participants/:participantId/admit', async (req, res) => {
    const { roomId } = await managers(req)
    res.json({ participant: participantView(await deps.participants.admit(roomId, String(req.params.participantId))) })
  })

  router.delete('/rooms/:roomId/participants/:participantId', async (req, res) => {
    const { roomId } = await managers(req)
    res.json({ participant: participantView(await deps.participants.remove(roomId, String(req.params.participantId))) })
  })

  router.patch('/rooms/:roomId', async (req, res, next) => {
    // Only a change of admission is ours; the room's other settings (retention) are privacyRoutes'.
    if (typeof req.body !== 'object' || req.body === null || !('admission' in req.body)) return next()
    const { roomId } = await managers(req)
    const { admission } = parseInput(changeRoomSchema, req.body)
    res.json({ room: publicRoom(await deps.rooms.setAdmission(roomId, admission)) })
  })

  return router
}
