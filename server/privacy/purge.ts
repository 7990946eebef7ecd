/**
 * Purging a room (its retention ended, or the secretariat purges it now). Deleted: the board and
 * control documents (files or rows), the snapshots, the participants (their tokens are refused from
 * then on), the voting rounds and ballots, the invites, and every Capital Code entry not approved.
 * Kept: the approved entries and the next steps, with every author field erased, and the room's
 * record itself, marked `purged` with `purgedAt`.
 *
 * Every step can run again: a purge cut short (a crash, storage away) is finished by the next one,
 * and two instances purging the same room at once do no harm.
 */
import { anonymousEntry, anonymousNextStep } from '../../shared/privacy/redact.ts'
import { CloseEvents, documentName } from '../../shared/protocol.ts'
import type { PurgeReport } from '../../shared/schema/privacy.ts'
import type { StoredRoom } from '../../shared/schema/room.ts'
import type { RoomDocuments, RoomSessions } from '../roomDocuments.ts'
import { DomainError } from '../domainError.ts'
import type { Storage } from '../storage/types.ts'

export function createPurge(deps: { storage: Storage; collab: RoomDocuments & RoomSessions; now?: () => Date }) {
  const { storage, collab } = deps
  const now = deps.now ?? (() => new Date())

  return async function purge(roomId: string): Promise<PurgeReport> {
    const noInvites: StoredRoom['invites'] = { facilitator: null, observer: null, secretariat: null, participant: {} }
    // Nobody joins any more; then nobody's token opens anything.
    const room = await storage.metadata.updateRoom(roomId, (r) => ({ ...r, invites: noInvites }))
    if (!room) throw new DomainError('not_found', `No room with id ${roomId}`)
    const participants = await storage.metadata.listParticipants(roomId)
    await storage.metadata.deleteParticipants(participants.map((p) => p.id))

    collab.disconnect(roomId, CloseEvents.Forbidden)
    // Everyone's sockets on the other instances too (the participant-removal event every instance acts on).
    for (const participant of participants) await collab.participantChanged(roomId, participant.id, 'removed')
    await collab.unloadRoom(roomId)
    for (const kind of ['board', 'control'] as const) await storage.documents.delete(documentName(roomId, kind))

    const snapshots = await storage.snapshots.deleteRoom(roomId)
    const rounds = await storage.voting.deleteRoom(roomId)
    const code = await storage.code.changeRoom(roomId, (stored) => {
      const kept = stored.entries
        .filter((entry) => entry.status === 'approved' && entry.mergedInto === null)
        .map(anonymousEntry)
      const nextSteps = stored.nextSteps.map(anonymousNextStep)
      return {
        stored: { entries: kept, nextSteps },
        result: {
          entriesDeleted: stored.entries.length - kept.length,
          entriesKept: kept.length,
          nextStepsKept: nextSteps.length,
        },
      }
    })

    const purgedAt = room.purgedAt ?? now().toISOString()
    await storage.metadata.updateRoom(roomId, (r) => ({ ...r, invites: noInvites, status: 'purged', purgedAt }))
    await storage.reclaim()
    return { roomId, purgedAt, documents: 2, snapshots, participants: participants.length, rounds, ...code }
  }
}

export type Purge = ReturnType<typeof createPurge>
