/**
 * The Capital Code entries and the cities' next steps, after distillation:
 *   GET   /api/rooms/:roomId/entries            (members, secretariat) → { entries }
 *   PATCH /api/entries/:entryId                 (secretariat) edit | approve | reject | reopen | merge → { entry } (merge: { entry, into })
 *   GET   /api/cities/:city/next-steps          (anyone signed in) → { city, nextSteps, rooms } from every room
 *   GET   /api/rooms/:roomId/previous-next-steps (members) → { nextSteps } of the rooms held before this one
 *   PATCH /api/next-steps/:stepId               (the owning city's facilitators and participants, secretariat) → { nextStep }
 */
import { Router } from 'express'
import { applyEntryPatch, applyNextStepPatch, mergeEntries } from '../../shared/distill/edits.ts'
import { entryPatchSchema, type CodeEntry } from '../../shared/schema/codeEntry.ts'
import { nextStepPatchSchema } from '../../shared/schema/nextStep.ts'
import { actorOf, ALL_ROLES, requireRoomRole, requireSecretariat, roomOfCodeId } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { CodeStore } from '../storage/types.ts'
import type { RouteDeps } from './deps.ts'

export function codeRoutes(deps: RouteDeps & { code: CodeStore }): Router {
  const router = Router()
  const now = () => new Date().toISOString()

  router.get('/rooms/:roomId/entries', async (req, res) => {
    const roomId = String(req.params.roomId)
    requireRoomRole(await actorOf(req, deps.tokens), roomId, ALL_ROLES)
    res.json({ entries: await deps.code.entries([roomId]) })
  })

  router.patch('/entries/:entryId', async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const entryId = String(req.params.entryId)
    const roomId = roomOfCodeId(entryId)
    requireSecretariat(actor, roomId)
    const patch = parseInput(entryPatchSchema, req.body)
    const result = await deps.code.changeRoom<{ entry: CodeEntry; into?: CodeEntry }>(roomId, (stored) => {
      const index = stored.entries.findIndex((e) => e.id === entryId)
      if (index === -1) throw new HttpError(404, 'entry_not_found', `No entry ${entryId}`)
      const entries = [...stored.entries]
      if (patch.action !== 'merge') {
        entries[index] = applyEntryPatch(entries[index], patch, actor, now())
        return { stored: { ...stored, entries }, result: { entry: entries[index] } }
      }
      const target = entries.findIndex((e) => e.id === patch.into)
      if (target === -1) throw new HttpError(404, 'entry_not_found', `No entry ${patch.into} in this room`)
      const merged = mergeEntries(entries[index], entries[target], actor, now())
      if (!Array.isArray(merged)) throw new HttpError(400, merged.error, merged.message)
      ;[entries[index], entries[target]] = merged
      return { stored: { ...stored, entries }, result: { entry: entries[index], into: entries[target] } }
    })
    res.json(result)
  })

  router.get('/cities/:city/next-steps', async (req, res) => {
    await actorOf(req, deps.tokens)
    const city = String(req.params.city)
    if (!deps.affiliations.some((a) => a.id === city)) throw new HttpError(404, 'unknown_city', `Unknown city "${city}"`)
    const nextSteps = await deps.code.nextSteps(city)
    const roomIds = new Set(nextSteps.map((step) => step.roomId))
    const rooms = (await deps.rooms.list()).filter((r) => roomIds.has(r.id)).map(({ id, title, date, hostCity }) => ({ id, title, date, hostCity }))
    res.json({ city, nextSteps, rooms })
  })

  router.get('/rooms/:roomId/previous-next-steps', async (req, res) => {
    const roomId = String(req.params.roomId)
    requireRoomRole(await actorOf(req, deps.tokens), roomId, ALL_ROLES)
    const room = await deps.rooms.get(roomId)
    const heldBefore = (r: { date: string; createdAt: string }) => r.date < room.date || (r.date === room.date && r.createdAt < room.createdAt)
    const earlier = new Set((await deps.rooms.list()).filter((r) => r.id !== roomId && heldBefore(r)).map((r) => r.id))
    res.json({ nextSteps: (await deps.code.nextSteps()).filter((step) => earlier.has(step.roomId)) })
  })

  router.patch('/next-steps/:stepId', async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const stepId = String(req.params.stepId)
    const roomId = roomOfCodeId(stepId)
    const patch = parseInput(nextStepPatchSchema, req.body)
    const nextStep = await deps.code.changeRoom(roomId, (stored) => {
      const index = stored.nextSteps.findIndex((s) => s.id === stepId)
      if (index === -1) throw new HttpError(404, 'next_step_not_found', `No next step ${stepId}`)
      const step = stored.nextSteps[index]
      // The owning city's people (from any room) or the secretariat.
      const ownCity = actor.session !== null && actor.session.city === step.city && actor.session.role !== 'observer'
      if (!ownCity) requireSecretariat(actor, roomId)
      const nextSteps = [...stored.nextSteps]
      nextSteps[index] = applyNextStepPatch(step, patch, actor, now())
      return { stored: { ...stored, nextSteps }, result: nextSteps[index] }
    })
    res.json({ nextStep })
  })

  return router
}
