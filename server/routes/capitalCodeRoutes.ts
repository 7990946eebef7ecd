/**
 * The Capital Code entries and the cities' next steps, after distillation:
 *   GET   /api/rooms/:roomId/entries            (members, secretariat) → { entries }
 *   PATCH /api/entries/:entryId                 (secretariat) edit | approve | reject | reopen | merge → { entry } (merge: { entry, into })
 *   GET   /api/cities/:city/next-steps          (anyone signed in) → { city, nextSteps, rooms } from every room
 *   GET   /api/rooms/:roomId/previous-next-steps (members) → { nextSteps } of the rooms held before this one
 *   PATCH /api/next-steps/:stepId               (admitted members of its room from its owner city, secretariat) → { nextStep }
 */
import { Router } from 'express'
import { entryPatchSchema } from '../../shared/schema/codeEntry.ts'
import { nextStepPatchSchema } from '../../shared/schema/nextStep.ts'
import { roomOfCodeId, type CapitalCode } from '../capitalCode/capitalCode.ts'
import { auditActorOf } from '../audit/audit.ts'
import { actorOf, ALL_ROLES, requireRoomRole, requireSecretariat } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { RouteDeps } from './deps.ts'

export function capitalCodeRoutes(deps: RouteDeps & { capitalCode: CapitalCode }): Router {
  const router = Router()

  router.get('/rooms/:roomId/entries', async (req, res) => {
    const roomId = String(req.params.roomId)
    requireRoomRole(await actorOf(req, deps.tokens), roomId, ALL_ROLES)
    res.json({ entries: await deps.capitalCode.entries(roomId) })
  })

  router.patch('/entries/:entryId', async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const entryId = String(req.params.entryId)
    requireSecretariat(actor, roomOfCodeId(entryId))
    const patch = parseInput(entryPatchSchema, req.body)
    const result = await deps.capitalCode.changeEntry(actor, entryId, patch)
    // Reopening an approved or rejected entry is not one of the audited actions.
    if (patch.action !== 'reopen')
      await deps.audit.record(auditActorOf(actor), `entry.${patch.action}`, {
        roomId: roomOfCodeId(entryId),
        target: entryId,
      })
    res.json(result)
  })

  router.get('/cities/:city/next-steps', async (req, res) => {
    await actorOf(req, deps.tokens)
    const city = String(req.params.city)
    if (!deps.affiliations.some((a) => a.id === city))
      throw new HttpError(404, 'unknown_city', `Unknown city "${city}"`)
    res.json({ city, ...(await deps.capitalCode.cityNextSteps(city)) })
  })

  router.get('/rooms/:roomId/previous-next-steps', async (req, res) => {
    const roomId = String(req.params.roomId)
    requireRoomRole(await actorOf(req, deps.tokens), roomId, ALL_ROLES)
    res.json({ nextSteps: await deps.capitalCode.previousNextSteps(roomId) })
  })

  router.patch('/next-steps/:stepId', async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const patch = parseInput(nextStepPatchSchema, req.body)
    const stepId = String(req.params.stepId)
    const nextStep = await deps.capitalCode.changeNextStep(actor, stepId, patch)
    const action = patch.action === 'sign-off' ? 'nextStep.signOff' : 'nextStep.update'
    await deps.audit.record(auditActorOf(actor), action, { roomId: nextStep.roomId, target: stepId })
    res.json({ nextStep })
  })

  return router
}
