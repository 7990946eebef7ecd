/**
 * The storage contract for erasure and purge, run against every adapter: what a compaction, a
 * deletion or a redaction removed is gone from the adapter's own files or tables, not only from
 * what it answers. `holds(text)` says where the location still stores `text` (files, tables).
 */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONTROL } from '../../shared/control.ts'
import type { Snapshot } from '../../shared/schema/snapshot.ts'
import type { Storage } from '../../server/storage/types.ts'

export interface PrivacyLocation {
  open(): Promise<Storage>
  /** Where (files, tables) the location's stored bytes contain `text`, after `storage.reclaim()`. */
  holds(text: string): Promise<string[]>
  dispose(): Promise<void>
}

function snapshot(id: string, roomId: string, name: string): Snapshot {
  return {
    id,
    roomId,
    name,
    takenAt: new Date().toISOString(),
    takenBy: { id: 'p-1', name: 'Petra Person' },
    reason: 'manual',
    records: [],
    control: DEFAULT_CONTROL,
    results: [],
  }
}

export function privacyContract(adapterName: string, location: () => Promise<PrivacyLocation>) {
  async function withStorage(test: (storage: Storage, where: PrivacyLocation) => Promise<void>) {
    const where = await location()
    const storage = await where.open()
    try {
      await test(storage, where)
    } finally {
      await storage.close().catch(() => {})
      await where.dispose()
    }
  }

  describe(`privacy storage contract: ${adapterName}`, () => {
    it('compacting a document keeps its state and stores no overwritten or deleted value any more', async () => {
      await withStorage(async (storage, where) => {
        const doc = new Y.Doc()
        const appends: Promise<void>[] = []
        doc.on('update', (update: Uint8Array) => appends.push(storage.documents.append('room/board', update)))
        const records = doc.getMap('records')
        records.set('note', { authorName: 'Petra Erasable', text: 'kept text' })
        records.set('user:p-1', { name: 'Petra Erasable' })
        await Promise.all(appends)
        await storage.documents.compact('room/board') // her name is in the snapshot now…
        records.set('note', { authorName: null, text: 'kept text' })
        records.delete('user:p-1')
        await Promise.all(appends)
        await storage.reclaim()
        expect(await where.holds('Petra Erasable')).not.toEqual([]) // …and in the log

        await storage.documents.compact('room/board')
        await storage.reclaim()
        expect(await where.holds('Petra Erasable')).toEqual([])
        const loaded = new Y.Doc()
        Y.applyUpdateV2(loaded, (await storage.documents.load('room/board'))!)
        expect(loaded.getMap('records').toJSON()).toEqual({ note: { authorName: null, text: 'kept text' } })
      })
    })

    it('deletes a document entirely', async () => {
      await withStorage(async (storage, where) => {
        const doc = new Y.Doc()
        doc.getMap('records').set('note', { text: 'Deleted with its room' })
        await storage.documents.append('room/board', Y.encodeStateAsUpdate(doc))
        await storage.documents.compact('room/board')
        await storage.documents.append('room/board', Y.encodeStateAsUpdate(doc))
        await storage.documents.delete('room/board')
        await storage.reclaim()
        expect(await storage.documents.load('room/board')).toBeNull()
        expect(await where.holds('Deleted with its room')).toEqual([])
      })
    })

    it('lists and deletes participants', async () => {
      await withStorage(async (storage, where) => {
        const joinedAt = new Date().toISOString()
        for (const [id, roomId] of [
          ['a', 'r1'],
          ['b', 'r1'],
          ['c', 'r2'],
        ]) {
          await storage.metadata.addParticipant({
            id,
            roomId,
            name: `Person ${id}-Erasable`,
            city: 'oslo',
            role: 'participant',
            joinedAt,
            admitted: true,
            removedAt: null,
            invite: null,
            personalCode: null,
          })
        }
        expect((await storage.metadata.listParticipants('r1')).map((p) => p.id)).toEqual(['a', 'b'])
        await storage.metadata.deleteParticipants(['a'])
        await storage.reclaim()
        expect((await storage.metadata.listParticipants('r1')).map((p) => p.id)).toEqual(['b'])
        expect(await storage.metadata.getParticipant('a')).toBeUndefined()
        expect(await where.holds('Person a-Erasable')).toEqual([])
        expect(await where.holds('Person b-Erasable')).not.toEqual([])
      })
    })

    it('redacts a snapshot in place and deletes a room’s snapshots and rounds', async () => {
      await withStorage(async (storage, where) => {
        await storage.snapshots.add(snapshot('s1', 'r1', 'Before Petra left'))
        await storage.snapshots.add(snapshot('s2', 'r2', 'Other room'))
        const redacted = {
          ...snapshot('s1', 'r1', 'Before she left'),
          takenBy: { id: 'erased', name: 'erased' },
          redactions: [{ at: new Date().toISOString(), reason: 'erasure' as const }],
        }
        await storage.snapshots.redact(redacted)
        await storage.reclaim()
        expect(await storage.snapshots.get('s1')).toEqual(redacted)
        expect((await storage.snapshots.list('r1'))[0]).toMatchObject({
          id: 's1',
          name: 'Before she left',
          takenBy: { id: 'erased' },
        })
        expect(await where.holds('Before Petra left')).toEqual([])

        await storage.voting.openRound({
          id: 'round-1',
          roomId: 'r1',
          targets: [{ id: 'shape:a', label: 'Round label to purge', kind: 'idea' }],
          votesPerParticipant: 1,
          maxPerTarget: 1,
          endsAt: null,
          status: 'open',
          openedAt: new Date().toISOString(),
          closedAt: null,
          openedBy: 'f',
        })
        await storage.voting.changeVotes('r1', 'p-1', () => ({
          add: {
            roundId: 'round-1',
            participantId: 'p-1',
            targetId: 'shape:a',
            city: 'oslo',
            castAt: new Date().toISOString(),
          },
        }))
        expect(await storage.snapshots.deleteRoom('r1')).toBe(1)
        expect(await storage.voting.deleteRoom('r1')).toBe(1)
        await storage.reclaim()
        expect(await storage.snapshots.get('s1')).toBeUndefined()
        expect(await storage.snapshots.list('r1')).toEqual([])
        expect(await storage.snapshots.get('s2')).toBeDefined()
        expect(await storage.voting.votes('round-1')).toEqual([])
        expect(await storage.voting.openRoundOf('r1')).toBeUndefined()
        expect(await where.holds('Before she left')).toEqual([])
        expect(await where.holds('Round label to purge')).toEqual([])
      })
    })
  })
}
