/**
 * Access and erasure (GDPR Art. 15 and 17): a room's participants, one person's data as JSON, and
 * erasing them from everything the room holds — the live board (written through the live document,
 * so connected clients see it), the control document, every snapshot, the Capital Code entries and
 * next steps (and so the publication, which is compiled from them) — then compacting the documents
 * so that no stored version still holds what was erased. Their participant record goes, so their
 * session token is refused from then on, and their open sockets are closed.
 *
 * Votes stay as cast: a ballot holds a participant id and a target, never a name, and the totals do
 * not change. Their city stays wherever the identity mode let an idea show it.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { readBoard } from '../../shared/board/clusters.ts'
import {
  applyRecordRedaction,
  type ErasedPerson,
  redactControl,
  redactEntry,
  redactNextStep,
  redactRecords,
} from '../../shared/privacy/redact.ts'
import { CloseEvents, documentName } from '../../shared/protocol.ts'
import type { Participant } from '../../shared/schema/participant.ts'
import type { ErasureReport } from '../../shared/schema/privacy.ts'
import type { RoomDocuments, RoomSessions } from '../roomDocuments.ts'
import { DomainError } from '../domainError.ts'
import type { Storage } from '../storage/types.ts'

export interface ParticipantExport {
  exportedAt: string
  profile: Participant
  /** Ideas on the board they wrote under their name. */
  ideas: { id: string; kind: string; text: string; city: string | null; clusterId: string | null }[]
  nextStepNotes: { stepId: string; at: string; text: string }[]
  signOffs: { stepId: string; text: string; at: string }[]
  joins: { at: string; roomId: string; role: string; city: string }[]
}

export interface Erasure {
  participants(roomId: string): Promise<Participant[]>
  exportParticipant(roomId: string, participantId: string): Promise<ParticipantExport>
  erase(roomId: string, participantId: string): Promise<ErasureReport>
}

export function createErasure(deps: {
  storage: Storage
  collab: RoomDocuments & RoomSessions
  now?: () => Date
}): Erasure {
  const { storage, collab } = deps
  const now = deps.now ?? (() => new Date())

  async function participantOf(roomId: string, participantId: string): Promise<Participant> {
    const participant = await storage.metadata.getParticipant(participantId)
    if (!participant || participant.roomId !== roomId)
      throw new DomainError('not_found', `No participant ${participantId} in room ${roomId}`)
    return participant
  }

  async function roomOf(roomId: string) {
    const room = await storage.metadata.getRoom(roomId)
    if (!room) throw new DomainError('not_found', `No room with id ${roomId}`)
    return room
  }

  return {
    async participants(roomId) {
      await roomOf(roomId)
      return storage.metadata.listParticipants(roomId)
    },

    async exportParticipant(roomId, participantId) {
      const room = await roomOf(roomId)
      const profile = await participantOf(roomId, participantId)
      const records = room.status === 'purged' ? [] : await collab.boardRecords(roomId)
      const ideas = readBoard(records)
        .ideas.filter((idea) => idea.authorId === participantId)
        .map(({ id, kind, text, city, clusterId }) => ({ id, kind, text, city, clusterId }))
      const steps = (await storage.code.nextSteps()).filter((step) => step.roomId === roomId)
      return {
        exportedAt: now().toISOString(),
        profile,
        ideas,
        // Progress notes record their writer's name (edits.ts): a note is theirs when it carries it.
        nextStepNotes: steps.flatMap((step) =>
          step.progressNotes
            .filter((note) => note.by === profile.name)
            .map((note) => ({ stepId: step.id, at: note.at, text: note.text })),
        ),
        signOffs: steps.flatMap((step) =>
          step.signedOffBy?.id === participantId ? [{ stepId: step.id, text: step.text, at: step.signedOffBy.at }] : [],
        ),
        joins: [{ at: profile.joinedAt, roomId: profile.roomId, role: profile.role, city: profile.city }],
      }
    },

    async erase(roomId, participantId) {
      const room = await roomOf(roomId)
      const participant = await participantOf(roomId, participantId)
      const person: ErasedPerson = { id: participant.id, name: participant.name }
      const report: ErasureReport = {
        participantId,
        ideas: 0,
        caseCards: 0,
        userRecords: 0,
        connections: 0,
        control: 0,
        snapshots: 0,
        entries: 0,
        nextSteps: 0,
        participants: 0,
      }

      // First their record: from here on their token is refused, so they cannot write their name back.
      await storage.metadata.deleteParticipants([participantId])
      report.participants = 1
      report.connections = collab.disconnect(roomId, CloseEvents.Unauthorized, participantId)
      // Their sockets on the other instances too (the participant-removal event every instance acts on).
      await collab.participantChanged(roomId, participantId, 'removed')

      if (room.status !== 'purged') {
        await collab.writeBoard(roomId, (map) => {
          const redaction = redactRecords(map.values() as Iterable<TLRecord>, person)
          for (const id of redaction.deleted) map.delete(id)
          for (const record of redaction.changed) map.set(record.id, record)
          Object.assign(report, {
            ideas: redaction.ideas,
            caseCards: redaction.caseCards,
            userRecords: redaction.userRecords,
          })
        })
        const control = await collab.readControl(roomId)
        if (redactControl(control, person)) {
          await collab.writeControl(roomId, (map) => map.set('followMe', null))
          report.control = 1
        }
        // Every stored version of the documents goes: what is left is one state without the erased values.
        await storage.documents.compact(documentName(roomId, 'board'))
        await storage.documents.compact(documentName(roomId, 'control'))
      }

      for (const summary of await storage.snapshots.list(roomId)) {
        const snapshot = await storage.snapshots.get(summary.id)
        if (!snapshot) continue
        const redaction = redactRecords(snapshot.records, person)
        const control = redactControl(snapshot.control, person)
        const takenBy = snapshot.takenBy?.id === participantId ? { id: 'erased', name: 'erased' } : snapshot.takenBy
        if (
          redaction.changed.length === 0 &&
          redaction.deleted.length === 0 &&
          !control &&
          takenBy === snapshot.takenBy
        )
          continue
        await storage.snapshots.redact({
          ...snapshot,
          takenBy,
          records: applyRecordRedaction(snapshot.records, redaction),
          control: control ?? snapshot.control,
          redactions: [...(snapshot.redactions ?? []), { at: now().toISOString(), reason: 'erasure' }],
        })
        report.snapshots += 1
      }

      const counts = await storage.code.changeRoom(roomId, (stored) => {
        let entries = 0
        let nextSteps = 0
        const next = {
          entries: stored.entries.map((entry) => {
            const redacted = redactEntry(entry, person)
            if (redacted) entries += 1
            return redacted ?? entry
          }),
          nextSteps: stored.nextSteps.map((step) => {
            const redacted = redactNextStep(step, person)
            if (redacted) nextSteps += 1
            return redacted ?? step
          }),
        }
        return { stored: next, result: { entries, nextSteps } }
      })
      Object.assign(report, counts)
      await storage.reclaim()
      return report
    },
  }
}
