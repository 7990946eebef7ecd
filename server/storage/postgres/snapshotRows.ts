/** Snapshots in PostgreSQL: one immutable row each, with its summary for lists. */
import type pg from 'pg'
import {
  storedSnapshotSchema,
  summarize,
  type Snapshot,
  type SnapshotSummary,
} from '../../../shared/schema/snapshot.ts'
import type { SnapshotStore } from '../types.ts'

export class SnapshotRows implements SnapshotStore {
  private readonly pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.pool = pool
  }

  async add(snapshot: Snapshot): Promise<void> {
    await this.pool.query('INSERT INTO snapshots (id, room_id, taken_at, summary, data) VALUES ($1, $2, $3, $4, $5)', [
      snapshot.id,
      snapshot.roomId,
      snapshot.takenAt,
      JSON.stringify(summarize(snapshot)),
      JSON.stringify(snapshot),
    ])
  }

  async get(id: string): Promise<Snapshot | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM snapshots WHERE id = $1', [id])
    return rows[0] ? storedSnapshotSchema.parse(rows[0].data) : undefined
  }

  async redact(snapshot: Snapshot): Promise<void> {
    const { rowCount } = await this.pool.query('UPDATE snapshots SET summary = $2, data = $3 WHERE id = $1', [
      snapshot.id,
      JSON.stringify(summarize(snapshot)),
      JSON.stringify(snapshot),
    ])
    if (rowCount === 0) throw new Error(`no snapshot ${snapshot.id} to redact`)
  }

  async deleteRoom(roomId: string): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM snapshots WHERE room_id = $1', [roomId])
    return rowCount ?? 0
  }

  async list(roomId: string): Promise<SnapshotSummary[]> {
    const { rows } = await this.pool.query<{ summary: SnapshotSummary }>(
      'SELECT summary FROM snapshots WHERE room_id = $1 ORDER BY taken_at, id',
      [roomId],
    )
    return rows.map((row) => row.summary)
  }
}
