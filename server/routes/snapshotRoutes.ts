/**
 * Snapshots and their distillation:
 *   POST /api/rooms/:roomId/snapshots        (facilitator, secretariat) { name } → 201 summary
 *   GET  /api/rooms/:roomId/snapshots        (members, secretariat) → { snapshots: summaries, oldest first }
 *   GET  /api/snapshots/:snapshotId          (members of its room, secretariat) → the snapshot
 *   GET  /api/snapshots/:snapshotId/download (members of its room, secretariat) → the snapshot as a JSON file
 *   POST /api/snapshots/:snapshotId/distill  (facilitator, secretariat) → { entries, nextSteps, cities, report }
 */
import { Router } from 'express'
import { distill } from '../../shared/distill/distill.ts'
import { mergeDistilled } from '../../shared/distill/merge.ts'
import { takeSnapshotSchema } from '../../shared/schema/snapshot.ts'
import { canDistil, canSnapshot, isMemberOf } from '../../shared/access.ts'
import { auditActorOf } from '../audit/audit.ts'
import { actorOf, ALL_ROLES, requirePolicy, requireRoomRole, type Actor } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { Snapshots } from '../snapshots.ts'
import type { CodeStore } from '../storage/types.ts'
import type { RouteDeps } from './deps.ts'

export function snapshotRoutes(deps: RouteDeps & { snapshots: Snapshots; code: CodeStore }): Router {
  const router = Router()

  router.post('/rooms/:roomId/snapshots', async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const roomId = String(req.params.roomId)
    requirePolicy(canSnapshot(actor, roomId), 'Only facilitators and the secretariat take snapshots')
    const { name } = parseInput(takeSnapshotSchema, req.body)
    await deps.rooms.get(roomId)
    const summary = await deps.snapshots.take(roomId, {
      name,
      reason: 'manual',
      takenBy: { id: actor.id, name: actor.name },
    })
    await deps.audit.record(auditActorOf(actor), 'snapshot.take', { roomId, target: summary.id })
    res.status(201).json(summary)
  })

  router.get('/rooms/:roomId/snapshots', async (req, res) => {
    const roomId = String(req.params.roomId)
    requireRoomRole(await actorOf(req, deps.tokens), roomId, ALL_ROLES)
    res.json({ snapshots: await deps.snapshots.list(roomId) })
  })

  async function snapshotFor(
    req: Parameters<Parameters<typeof router.get>[1]>[0],
    allowed: (actor: Actor, roomId: string) => boolean,
  ) {
    const actor = await actorOf(req, deps.tokens)
    const snapshot = await deps.snapshots.get(String(req.params.snapshotId))
    if (!snapshot) throw new HttpError(404, 'snapshot_not_found', 'No such snapshot')
    requireRoomRole(actor, snapshot.roomId, ALL_ROLES)
    requirePolicy(allowed(actor, snapshot.roomId), 'Only facilitators and the secretariat distil snapshots')
    return { snapshot, actor: auditActorOf(actor) }
  }

  router.get('/snapshots/:snapshotId', async (req, res) => {
    const { snapshot, actor } = await snapshotFor(req, isMemberOf)
    await deps.audit.record(actor, 'snapshot.read', { roomId: snapshot.roomId, target: snapshot.id })
    res.json(snapshot)
  })

  router.get('/snapshots/:snapshotId/download', async (req, res) => {
    const { snapshot, actor } = await snapshotFor(req, isMemberOf)
    await deps.audit.record(actor, 'snapshot.download', { roomId: snapshot.roomId, target: snapshot.id })
    res.setHeader('Content-Disposition', `attachment; filename="snapshot-${snapshot.id}.json"`)
    res.type('application/json').send(JSON.stringify(snapshot, null, 2))
  })

  router.post('/snapshots/:snapshotId/distill', async (req, res) => {
    const { snapshot, actor } = await snapshotFor(req, canDistil)
    const fresh = distill(snapshot, deps.affiliations)
    const now = new Date().toISOString()
    const merged = await deps.code.changeRoom(snapshot.roomId, (stored) => {
      const result = mergeDistilled(stored, fresh, now)
      return { stored: { entries: result.entries, nextSteps: result.nextSteps }, result }
    })
    await deps.audit.record(actor, 'distil', { roomId: snapshot.roomId, target: snapshot.id })
    res.json({ entries: merged.entries, nextSteps: merged.nextSteps, cities: fresh.cities, report: merged.report })
  })

  return router
}
