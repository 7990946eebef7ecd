/**
 * The storage contract: every adapter (embedded files, PostgreSQL) runs these same tests. Each test
 * gets a fresh, empty location from the adapter's fixture and may open several storages on it.
 */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { participantSchema, type Participant } from '../../shared/schema/participant.ts'
import { storedRoomSchema, type StoredRoom } from '../../shared/schema/room.ts'
import type { Round } from '../../shared/schema/voting.ts'
import { tally } from '../../shared/voting/rules.ts'
import type { CountVotes, Storage } from '../../server/storage/types.ts'
import { sealEvent, verifyLines } from '../../server/audit/chain.ts'
import type { AuditAction } from '../../shared/schema/audit.ts'

export interface StorageLocation {
  /** Opens a storage on this location; again after close() it is a reopen (a restart). */
  open(options?: { compactAfterBytes?: number }): Promise<Storage>
  /** Removes the location. */
  dispose(): Promise<void>
}

export interface AdapterUnderTest {
  /** A fresh, empty location. */
  location(): Promise<StorageLocation>
  /**
   * Whether several storages may be open on one location at once (several instances sharing it).
   * The embedded adapter belongs to one process: its concurrency tests share one storage instead.
   */
  sharedByInstances: boolean
}

/** A client document whose every update is appended to `storage`. */
function writer(storage: Storage, name: string) {
  const doc = new Y.Doc()
  const appends: Promise<void>[] = []
  doc.on('update', (update: Uint8Array) => appends.push(storage.documents.append(name, update)))
  return { doc, map: doc.getMap<unknown>('records'), settled: () => Promise.all(appends) }
}

async function loadMap(storage: Storage, name: string) {
  const state = await storage.documents.load(name)
  const doc = new Y.Doc()
  if (state) Y.applyUpdateV2(doc, state)
  return doc.getMap('records').toJSON()
}

const count: CountVotes = (r, votes) => tally(r, votes)

function room(id: string, overrides: Partial<StoredRoom> = {}): StoredRoom {
  return {
    id,
    title: `Room ${id}`,
    date: '2026-12-03',
    hostCity: 'Oslo',
    location: 'Oslo City Hall',
    agenda: '',
    status: 'planned',
    admission: 'lobby',
    createdAt: new Date().toISOString(),
    closedAt: null,
    invites: {
      facilitator: `${id}-f-code`,
      observer: `${id}-o-code`,
      secretariat: `${id}-s-code`,
      participant: { oslo: `${id}-p-code`, expert: null },
    },
    ...overrides,
  }
}

function participant(id: string, roomId: string): Participant {
  return {
    id,
    roomId,
    name: `Person ${id}`,
    city: 'oslo',
    role: 'participant',
    joinedAt: new Date().toISOString(),
    admitted: true,
    removedAt: null,
    invite: null,
    personalCode: null,
  }
}

function round(id: string, roomId: string): Round {
  return {
    id,
    roomId,
    targets: [
      { id: 'shape:a', label: 'A', kind: 'idea' },
      { id: 'shape:b', label: 'B', kind: 'idea' },
    ],
    votesPerParticipant: 3,
    maxPerTarget: 2,
    endsAt: null,
    status: 'open',
    openedAt: new Date().toISOString(),
    closedAt: null,
    openedBy: 'facilitator-1',
  }
}

export function storageContract(adapterName: string, adapter: AdapterUnderTest) {
  /** Runs `test` with a fresh location; closes what it opened and removes the location afterwards. */
  async function withLocation(test: (open: StorageLocation['open']) => Promise<void>) {
    const location = await adapter.location()
    const opened: Storage[] = []
    try {
      await test(async (options) => {
        const storage = await location.open(options)
        opened.push(storage)
        return storage
      })
    } finally {
      for (const storage of opened) await storage.close().catch(() => {})
      await location.dispose()
    }
  }

  /** A second storage on the same location, as a second instance would open it (or the same one). */
  const second = (open: StorageLocation['open'], first: Storage, options?: { compactAfterBytes?: number }) =>
    adapter.sharedByInstances ? open(options) : Promise.resolve(first)

  describe(`storage contract: ${adapterName}`, () => {
    it('loads null for a document never stored and answers ping', async () => {
      await withLocation(async (open) => {
        const storage = await open()
        await storage.ping()
        expect(await storage.documents.load('nothing/board')).toBeNull()
      })
    })

    it('generates the secrets once and gives every later open, and every instance, the same ones', async () => {
      await withLocation(async (open) => {
        const storage = await open()
        const other = await second(open, storage)
        const [first, concurrent] = await Promise.all([storage.secrets.load(), other.secrets.load()])
        expect(first.signingKey).toBe(concurrent.signingKey)
        expect(first.adminToken).toBe(concurrent.adminToken)
        expect(first.adminToken.length).toBeGreaterThanOrEqual(16)
        if (other !== storage) expect([first.generated, concurrent.generated].filter(Boolean)).toHaveLength(1)
        await storage.close()
        const later = await (await open()).secrets.load()
        expect(later).toEqual({ adminToken: first.adminToken, signingKey: first.signingKey, generated: false })
      })
    })

    it('keeps every append across a reopen, also after release', async () => {
      await withLocation(async (open) => {
        const storage = await open()
        const w = writer(storage, 'room/board')
        for (let i = 0; i < 50; i++) w.map.set(`k${i}`, { i })
        w.map.delete('k3')
        await w.settled()
        await storage.documents.release('room/board')
        expect(Object.keys(await loadMap(storage, 'room/board'))).toHaveLength(49)
        await storage.close()

        const reopened = await open()
        const stored = await loadMap(reopened, 'room/board')
        expect(Object.keys(stored)).toHaveLength(49)
        expect(stored.k3).toBeUndefined()
        expect(stored.k49).toEqual({ i: 49 })
        expect(await reopened.documents.load('room/control')).toBeNull()
      })
    })

    it('keeps concurrent appends of two instances to one document while compaction runs', async () => {
      await withLocation(async (open) => {
        const a = await open({ compactAfterBytes: 512 })
        const b = await second(open, a, { compactAfterBytes: 512 })
        const writers = [writer(a, 'doc'), writer(b, 'doc')]
        for (let i = 0; i < 150; i++) {
          writers.forEach((w, n) => {
            w.map.set(`w${n}-${i}`, { i, text: 'a note that keeps being written' })
            w.map.set(`w${n}-mover`, { x: i })
          })
          if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve))
        }
        await Promise.all(writers.map((w) => w.settled()))
        await a.close()
        if (b !== a) await b.close()

        const checker = await open()
        const stored = await loadMap(checker, 'doc')
        for (let n = 0; n < 2; n++) {
          for (let i = 0; i < 150; i++) expect(stored[`w${n}-${i}`], `w${n}-${i}`).toBeDefined()
          expect(stored[`w${n}-mover`]).toEqual({ x: 149 })
        }
      })
    })

    it('stores rooms and participants and finds a room by any of its invites', async () => {
      await withLocation(async (open) => {
        const storage = await open()
        const m = storage.metadata
        await m.insertRoom(room('r1'))
        const r2Invites = {
          facilitator: 'r2-f-code',
          observer: 'r2-o-code',
          secretariat: null,
          participant: { oslo: null },
        }
        await m.insertRoom(room('r2', { invites: r2Invites }))
        await m.addParticipant(participant('p1', 'r1'))

        expect((await m.listRooms()).map((r) => r.id)).toEqual(['r1', 'r2'])
        expect(await m.getRoom('r2')).toEqual(room('r2', { createdAt: expect.any(String), invites: r2Invites }))
        expect(await m.getRoom('missing')).toBeUndefined()
        expect((await m.findRoomByInvite('r1-p-code'))?.target).toEqual({ role: 'participant', affiliation: 'oslo' })
        expect((await m.findRoomByInvite('r1-s-code'))?.target).toEqual({
          role: 'participant',
          affiliation: 'secretariat',
        })
        expect(await m.findRoomByInvite('r2-o-code')).toMatchObject({
          room: { id: 'r2' },
          target: { role: 'observer', affiliation: null },
        })
        expect(await m.findRoomByInvite('nope')).toBeUndefined()
        expect(await m.findRoomByInvite('__proto__')).toBeUndefined()
        expect(await m.getParticipant('p1')).toEqual({ ...participant('p1', 'r1'), joinedAt: expect.any(String) })
        expect(await m.getParticipant('p2')).toBeUndefined()

        const updated = await m.updateRoom('r1', (r) => ({
          ...r,
          status: 'closed',
          invites: { ...r.invites, participant: { oslo: 'new-code' } },
        }))
        expect(updated).toMatchObject({ id: 'r1', status: 'closed' })
        expect(await m.updateRoom('missing', (r) => r)).toBeUndefined()
        expect(await m.findRoomByInvite('r1-p-code')).toBeUndefined()
        await storage.close()

        const reopened = (await open()).metadata
        expect(await reopened.getRoom('r1')).toMatchObject({
          status: 'closed',
          invites: { participant: { oslo: 'new-code' } },
        })
        expect((await reopened.findRoomByInvite('new-code'))?.room.id).toBe('r1')
        expect(await reopened.getParticipant('p1')).toMatchObject({ name: 'Person p1' })
      })
    })

    it("changes participants, lists a room's, and finds one by their personal link", async () => {
      await withLocation(async (open) => {
        const storage = await open()
        const m = storage.metadata
        await m.insertRoom(room('r1'))
        await m.addParticipant(participant('p1', 'r1'))
        await m.addParticipant({ ...participant('p2', 'r1'), admitted: false })
        await m.addParticipant({ ...participant('p3', 'r1'), personalCode: 'personal-p3' })
        await m.addParticipant(participant('q1', 'r2'))

        expect((await m.listParticipants('r1')).map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3'])
        expect(await m.findParticipantByPersonalCode('personal-p3')).toMatchObject({ id: 'p3' })
        expect(await m.findParticipantByPersonalCode('nope')).toBeUndefined()
        const admitted = await m.updateParticipant('p2', (p) => ({ ...p, admitted: true }))
        expect(admitted).toMatchObject({ id: 'p2', admitted: true })
        expect(await m.updateParticipant('missing', (p) => p)).toBeUndefined()
        await storage.close()

        const reopened = (await open()).metadata
        expect(await reopened.getParticipant('p2')).toMatchObject({ admitted: true, removedAt: null })
      })
    })

    it('reads rooms and participants stored before invite links fixed the affiliation', async () => {
      const old = { ...room('old'), invites: { facilitator: 'f', participant: 'p', observer: 'o' } } as unknown
      const parsed = storedRoomSchema.parse(old)
      expect(parsed.invites).toEqual({ facilitator: 'f', observer: 'o', secretariat: null, participant: {} })
      const { admitted: _a, removedAt: _r, invite: _i, personalCode: _c, ...oldParticipant } = participant('p', 'old')
      expect(participantSchema.parse(oldParticipant)).toMatchObject({
        admitted: true,
        removedAt: null,
        personalCode: null,
      })
    })

    it('applies concurrent updateRoom calls one after another (from two instances)', async () => {
      await withLocation(async (open) => {
        const a = await open()
        const b = await second(open, a)
        await a.metadata.insertRoom(room('r1'))
        const updates = Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).metadata.updateRoom('r1', (r) => ({ ...r, agenda: `${r.agenda}[${i}]` })),
        )
        await Promise.all(updates)
        const agenda = (await a.metadata.getRoom('r1'))!.agenda
        for (let i = 0; i < 20; i++) expect(agenda).toContain(`[${i}]`)
      })
    })

    it('refuses a room update that breaks the room schema and keeps the stored room', async () => {
      await withLocation(async (open) => {
        const storage = await open()
        await storage.metadata.insertRoom(room('r1'))
        await expect(storage.metadata.updateRoom('r1', (r) => ({ ...r, status: 'bogus' as never }))).rejects.toThrow()
        expect((await storage.metadata.getRoom('r1'))?.status).toBe('planned')
      })
    })

    it('keeps one open round per room and spends each dot once under concurrent votes', async () => {
      await withLocation(async (open) => {
        const a = await open()
        const b = await second(open, a)
        expect(await a.voting.openRound(round('round-1', 'r1'))).toBe(true)
        expect(await b.voting.openRound(round('round-2', 'r1'))).toBe(false)
        expect((await b.voting.openRoundOf('r1'))?.id).toBe('round-1')
        expect(await a.voting.openRoundOf('r2')).toBeUndefined()

        // Ten requests for one participant at once, three dots allowed: exactly three are spent.
        const cast = (storage: Storage, i: number) =>
          storage.voting.changeVotes('r1', 'p1', (r, own) =>
            !r
              ? { refusal: { code: 'no_open_round', message: 'no round' } }
              : own.length >= r.votesPerParticipant
                ? { refusal: { code: 'budget_spent', message: 'no dots left' } }
                : {
                    add: {
                      roundId: r.id,
                      participantId: 'p1',
                      city: 'oslo',
                      targetId: i % 2 ? 'shape:a' : 'shape:b',
                      castAt: new Date().toISOString(),
                    },
                  },
          )
        const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => cast(i % 2 ? a : b, i)))
        expect(outcomes.filter((o) => o.refusal === null)).toHaveLength(3)
        expect(await a.voting.votes('round-1')).toHaveLength(3)

        const removed = await a.voting.changeVotes('r1', 'p1', (_r, own) => ({ removeTargetId: own[0].targetId }))
        expect(removed.ownVotes).toHaveLength(2)
        const closed = await b.voting.closeRound('r1', '2026-12-03T12:00:00.000Z', count)
        expect(closed?.round).toMatchObject({ id: 'round-1', status: 'closed', closedAt: '2026-12-03T12:00:00.000Z' })
        expect(closed?.results).toMatchObject({ roundId: 'round-1', dots: 2, voters: 1 })
        expect(await a.voting.closeRound('r1', '2026-12-03T12:00:01.000Z', count)).toBeUndefined()
        expect(await a.voting.openRoundOf('r1')).toBeUndefined()
        expect((await cast(a, 0)).round).toBeUndefined()
        expect(await a.voting.openRound(round('round-3', 'r1'))).toBe(true)
        await a.close()
        const reopened = await open()
        // Closing kept the aggregate and deleted the ballots.
        expect(await reopened.voting.votes('round-1')).toEqual([])
        expect(await reopened.voting.closedRounds('r1')).toEqual([{ round: closed!.round, results: closed!.results }])
      })
    })

    it('closing a round keeps only its results: no ballot of any participant remains', async () => {
      await withLocation(async (open) => {
        const storage = await open()
        await storage.voting.openRound(round('round-1', 'r1'))
        for (const [participantId, city] of [
          ['p1', 'oslo'],
          ['p2', 'oslo'],
          ['p3', 'helsinki'],
        ]) {
          await storage.voting.changeVotes('r1', participantId, () => ({
            add: { roundId: 'round-1', participantId, city, targetId: 'shape:a', castAt: new Date().toISOString() },
          }))
        }
        const closed = await storage.voting.closeRound('r1', '2026-12-03T12:00:00.000Z', (r, votes) =>
          tally(r, votes, 2),
        )
        expect(closed?.results.byCity).toEqual({ 'shape:a': { oslo: 2 }, 'shape:b': {} })
        expect(closed?.results.totals).toEqual({ 'shape:a': 3, 'shape:b': 0 })
        expect(await storage.voting.votes('round-1')).toEqual([])
        expect(await storage.voting.sealClosedRounds(count)).toBe(0)
      })
    })

    it('appends audit events into one hash chain, also from two instances at once, and keeps it across a reopen', async () => {
      await withLocation(async (open) => {
        const a = await open()
        const b = await second(open, a)
        const event = (storage: Storage, i: number, action: AuditAction = 'snapshot.read') =>
          storage.audit.append((previousHash) =>
            sealEvent(
              {
                at: `2026-12-0${1 + (i % 3)}T10:00:00.000Z`,
                actor: { id: `p${i}`, role: 'participant' },
                action,
                roomId: `r${i % 2}`,
                target: `s${i}`,
              },
              previousHash,
            ),
          )
        expect(await a.audit.lines()).toEqual([])
        const first = await event(a, 0, 'room.create')
        expect(first.prevHash).toBeNull()
        await Promise.all(Array.from({ length: 20 }, (_, i) => event(i % 2 ? a : b, i + 1)))
        expect(verifyLines(await b.audit.lines())).toEqual({ ok: true, events: 21 })

        expect(await a.audit.list({ roomId: 'r0' })).toHaveLength(11)
        const day2 = await a.audit.list({ from: '2026-12-02T00:00:00.000Z', to: '2026-12-02T23:59:59.999Z' })
        expect(day2.length).toBeGreaterThan(0)
        expect(day2.every((e) => e.at.startsWith('2026-12-02'))).toBe(true)
        await a.close()
        if (b !== a) await b.close()

        const reopened = await open()
        const appended = await event(reopened, 99, 'room.close')
        const lines = await reopened.audit.lines()
        expect(lines).toHaveLength(22)
        expect(verifyLines(lines)).toEqual({ ok: true, events: 22 })
        expect((await reopened.audit.list()).at(-1)).toEqual(appended)
      })
    })
  })
}
