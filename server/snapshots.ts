/**
 * Snapshots: a room's board, facilitation state and revealed vote results frozen at one moment.
 * Taken by a facilitator, and by the server at every phase change and when the room closes.
 */
import { nanoid } from 'nanoid'
import type { Logger } from 'pino'
import type { Snapshot, SnapshotReason, SnapshotSummary } from '../shared/schema/snapshot.ts'
import { summarize } from '../shared/schema/snapshot.ts'
import type { RoomDocuments } from './roomDocuments.ts'
import type { SnapshotStore, VotingStore } from './storage/types.ts'

export interface Snapshots {
  take(roomId: string, how: { name: string; reason: SnapshotReason; takenBy: Snapshot['takenBy'] }): Promise<SnapshotSummary>
  list(roomId: string): Promise<SnapshotSummary[]>
  get(id: string): Promise<Snapshot | undefined>
}

export function createSnapshots(deps: { store: SnapshotStore; voting: VotingStore; collab: RoomDocuments; log: Logger }): Snapshots {
  const { store, voting, collab, log } = deps

  async function take(roomId: string, how: { name: string; reason: SnapshotReason; takenBy: Snapshot['takenBy'] }) {
    const [records, control, rounds] = await Promise.all([collab.boardRecords(roomId), collab.readControl(roomId), voting.closedRounds(roomId)])
    const results = rounds.map((closed) => closed.results)
    const snapshot: Snapshot = { id: nanoid(), roomId, name: how.name, takenAt: new Date().toISOString(), takenBy: how.takenBy, reason: how.reason, records, control, results }
    await store.add(snapshot)
    return summarize(snapshot)
  }

  collab.onPhaseChange((roomId, phase) => {
    take(roomId, { name: `Phase: ${phase}`, reason: 'phase', takenBy: null }).catch((error) =>
      log.error({ err: error, roomId }, 'could not take the snapshot of a phase change'),
    )
  })

  return { take, list: (roomId) => store.list(roomId), get: (id) => store.get(id) }
}
