/**
 * The people of a room: the roster (attendees registered by the secretariat, each with a personal
 * link), the lobby (who waits to be admitted), admitting and removing. Knows storage and the
 * room-documents port (to reach sockets on every instance), not HTTP.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { nanoid } from 'nanoid'
import type { Affiliation } from '../shared/cities.ts'
import { slugify } from '../shared/cities.ts'
import { rosterEntrySchema, type Participant, type RosterEntry } from '../shared/schema/participant.ts'
import { DomainError } from './domainError.ts'
import type { MetadataStore, VotingStore } from './storage/types.ts'

/** Most people one room's roster holds (a Capital Room is a few dozen). */
export const MAX_ROSTER = 500

export interface Participants {
  /** Registers an attendee with a personal link (already admitted). */
  register(roomId: string, entry: RosterEntry): Promise<Participant>
  /** Registers every row of a CSV (name, affiliation, role; a header row is optional), or none if a row is wrong. */
  registerCsv(roomId: string, csv: string): Promise<Participant[]>
  /** The attendees registered with personal links (not removed). */
  roster(roomId: string): Promise<Participant[]>
  /** Who waits to be admitted, by city then arrival. */
  waiting(roomId: string): Promise<Participant[]>
  /** Who is admitted (not removed), and how many of them may vote. */
  admitted(roomId: string): Promise<{ members: Participant[]; voters: number }>
  admit(roomId: string, participantId: string): Promise<Participant>
  admitCity(roomId: string, city: string): Promise<Participant[]>
  /** Removes them: tokens refused, sockets closed on every instance, their dots in an open round withdrawn. */
  remove(roomId: string, participantId: string): Promise<Participant>
  /** Removes everyone who joined through one of these invite codes. */
  removeJoinedThrough(roomId: string, codes: string[]): Promise<number>
}

export function createParticipants(deps: {
  metadata: MetadataStore
  voting: VotingStore
  affiliations: Affiliation[]
  /** Tells every instance's sockets (collab.participantChanged). */
  changed: (roomId: string, participantId: string, change: 'removed' | 'admitted') => Promise<void>
}): Participants {
  const { metadata } = deps
  const affiliationIds = new Map(
    deps.affiliations.flatMap((a) => [
      [a.id, a.id],
      [slugify(a.name), a.id],
    ]),
  )

  async function ofRoom(roomId: string, participantId: string): Promise<Participant> {
    const participant = await metadata.getParticipant(participantId)
    if (!participant || participant.roomId !== roomId)
      throw new DomainError('participant_not_found', `No participant ${participantId} in this room`)
    return participant
  }

  function checkEntry(entry: RosterEntry): RosterEntry {
    const affiliation = affiliationIds.get(entry.affiliation) ?? affiliationIds.get(slugify(entry.affiliation))
    if (!affiliation) {
      throw new DomainError(
        'invalid_affiliation',
        `Unknown affiliation "${entry.affiliation}"; one of ${deps.affiliations.map((a) => a.id).join(', ')}`,
      )
    }
    return { ...entry, affiliation }
  }

  async function add(roomId: string, entries: RosterEntry[]): Promise<Participant[]> {
    const present = (await metadata.listParticipants(roomId)).filter(
      (p) => p.personalCode !== null && p.removedAt === null,
    ).length
    if (present + entries.length > MAX_ROSTER)
      throw new DomainError('roster_full', `A room's roster holds at most ${MAX_ROSTER} people`)
    const added: Participant[] = []
    for (const entry of entries) {
      const participant: Participant = {
        id: nanoid(),
        roomId,
        name: entry.name,
        city: entry.affiliation,
        role: entry.role,
        joinedAt: new Date().toISOString(),
        admitted: true,
        removedAt: null,
        invite: null,
        personalCode: nanoid(24),
      }
      await metadata.addParticipant(participant)
      added.push(participant)
    }
    return added
  }

  async function withdrawDots(roomId: string, participantId: string) {
    // One dot at a time through the store's atomic change, until none is left (bounded by the budget).
    for (let i = 0; i < 1000; i++) {
      const { refusal, ownVotes } = await deps.voting.changeVotes(roomId, participantId, (round, own) =>
        round && own.length > 0
          ? { removeTargetId: own[own.length - 1].targetId }
          : { refusal: { code: 'no_vote_to_remove', message: 'none left' } },
      )
      if (refusal || ownVotes.length === 0) return
    }
  }

  async function remove(roomId: string, participantId: string): Promise<Participant> {
    await ofRoom(roomId, participantId)
    const removed = await metadata.updateParticipant(participantId, (p) =>
      p.removedAt ? p : { ...p, removedAt: new Date().toISOString() },
    )
    if (!removed) throw new DomainError('participant_not_found', `No participant ${participantId} in this room`)
    await deps.changed(roomId, participantId, 'removed')
    await withdrawDots(roomId, participantId)
    return removed
  }

  async function admit(roomId: string, participantId: string): Promise<Participant> {
    const participant = await ofRoom(roomId, participantId)
    if (participant.removedAt) throw new DomainError('participant_removed', 'This participant was removed')
    if (participant.admitted) return participant
    const admitted = (await metadata.updateParticipant(participantId, (p) => ({ ...p, admitted: true })))!
    await deps.changed(roomId, participantId, 'admitted')
    return admitted
  }

  return {
    register: async (roomId, entry) => (await add(roomId, [checkEntry(entry)]))[0],

    async registerCsv(roomId, csv) {
      let rows: string[][]
      try {
        rows = parseCsv(csv, { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as string[][]
      } catch (error) {
        throw new DomainError('invalid_csv', `The CSV cannot be read: ${(error as Error).message}`)
      }
      if (rows.length > 0 && rows[0].map((cell) => cell.toLowerCase()).join(',') === 'name,affiliation,role')
        rows.shift()
      if (rows.length === 0)
        throw new DomainError('invalid_csv', 'The CSV has no attendees (columns: name, affiliation, role)')
      if (rows.length > MAX_ROSTER)
        throw new DomainError('roster_full', `A room's roster holds at most ${MAX_ROSTER} people`)
      const problems: string[] = []
      const entries: RosterEntry[] = []
      rows.forEach(([name = '', affiliation = '', role = ''], i) => {
        const parsed = rosterEntrySchema.safeParse({ name, affiliation, role: role.toLowerCase() || 'participant' })
        if (!parsed.success) {
          const why = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
          problems.push(`line ${i + 1}: ${why}`)
          return
        }
        try {
          entries.push(checkEntry(parsed.data))
        } catch (error) {
          problems.push(`line ${i + 1}: ${(error as Error).message}`)
        }
      })
      if (problems.length > 0) throw new DomainError('invalid_csv', problems.slice(0, 20).join('\n'))
      return add(roomId, entries)
    },

    roster: async (roomId) =>
      (await metadata.listParticipants(roomId)).filter((p) => p.personalCode !== null && p.removedAt === null),

    async waiting(roomId) {
      const waiting = (await metadata.listParticipants(roomId)).filter((p) => !p.admitted && p.removedAt === null)
      return waiting.sort((a, b) => a.city.localeCompare(b.city) || a.joinedAt.localeCompare(b.joinedAt))
    },

    async admitted(roomId) {
      const members = (await metadata.listParticipants(roomId)).filter((p) => p.admitted && p.removedAt === null)
      return { members, voters: members.filter((p) => p.role !== 'observer').length }
    },

    admit,
    async admitCity(roomId, city) {
      const waiting = (await metadata.listParticipants(roomId)).filter(
        (p) => p.city === city && !p.admitted && p.removedAt === null,
      )
      const admitted: Participant[] = []
      for (const participant of waiting) admitted.push(await admit(roomId, participant.id))
      return admitted
    },

    remove,
    async removeJoinedThrough(roomId, codes) {
      if (codes.length === 0) return 0
      const joined = (await metadata.listParticipants(roomId)).filter(
        (p) => p.invite !== null && codes.includes(p.invite) && p.removedAt === null,
      )
      for (const participant of joined) await remove(roomId, participant.id)
      return joined.length
    },
  }
}
