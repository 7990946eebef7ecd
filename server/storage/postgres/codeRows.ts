/** Distilled entries and next steps in PostgreSQL: one row per room, changed under a row lock. */
import type pg from 'pg'
import { z } from 'zod'
import type { Stored } from '../../../shared/distill/merge.ts'
import { codeEntrySchema, type CodeEntry } from '../../../shared/schema/codeEntry.ts'
import { nextStepSchema, type NextStep } from '../../../shared/schema/nextStep.ts'
import type { CodeStore } from '../types.ts'
import { inTransaction } from './pool.ts'

const storedSchema = z.object({ entries: z.array(codeEntrySchema), nextSteps: z.array(nextStepSchema) })

export class CodeRows implements CodeStore {
  private readonly pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.pool = pool
  }

  changeRoom<T>(roomId: string, change: (stored: Stored) => { stored: Stored; result: T }): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO code_rooms (room_id, data) VALUES ($1, '{"entries":[],"nextSteps":[]}') ON CONFLICT DO NOTHING`,
        [roomId],
      )
      const { rows } = await client.query<{ data: unknown }>(
        'SELECT data FROM code_rooms WHERE room_id = $1 FOR UPDATE',
        [roomId],
      )
      const { stored, result } = change(storedSchema.parse(rows[0].data))
      await client.query('UPDATE code_rooms SET data = $2 WHERE room_id = $1', [roomId, JSON.stringify(stored)])
      return result
    })
  }

  async entries(roomIds?: string[]): Promise<CodeEntry[]> {
    const { rows } = roomIds
      ? await this.pool.query<{ data: unknown }>(
          'SELECT data FROM code_rooms WHERE room_id = ANY($1) ORDER BY room_id',
          [roomIds],
        )
      : await this.pool.query<{ data: unknown }>('SELECT data FROM code_rooms ORDER BY room_id')
    return rows.flatMap((row) => storedSchema.parse(row.data).entries)
  }

  async nextSteps(city?: string): Promise<NextStep[]> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM code_rooms ORDER BY room_id')
    const all = rows.flatMap((row) => storedSchema.parse(row.data).nextSteps)
    return city === undefined ? all : all.filter((step) => step.city === city)
  }
}
