/** The audit log in PostgreSQL: one row per event, appended under a lock so instances extend one chain. */
import type pg from 'pg'
import { type AuditEvent, auditEventSchema } from '../../../shared/schema/audit.ts'
import { auditLine } from '../../audit/chain.ts'
import type { AuditFilter, AuditStore } from '../types.ts'
import { inTransaction } from './pool.ts'

/** The hash at the end of a stored line, read without trusting the rest of it. */
function hashOf(line: string): string | null {
  try {
    return auditEventSchema.parse(JSON.parse(line)).hash
  } catch {
    return null
  }
}

export class AuditRows implements AuditStore {
  private readonly pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.pool = pool
  }

  append(seal: (previousHash: string | null) => AuditEvent): Promise<AuditEvent> {
    return inTransaction(this.pool, async (client) => {
      // Two instances appending at once would both chain onto the same last event: take turns.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('capital-room:audit'))`)
      const { rows } = await client.query<{ line: string }>('SELECT line FROM audit_events ORDER BY seq DESC LIMIT 1')
      const event = seal(rows[0] ? hashOf(rows[0].line) : null)
      await client.query('INSERT INTO audit_events (room_id, at, line) VALUES ($1, $2, $3)', [
        event.roomId ?? null,
        event.at,
        auditLine(event),
      ])
      return event
    })
  }

  async list(filter: AuditFilter = {}): Promise<AuditEvent[]> {
    const { rows } = await this.pool.query<{ line: string }>(
      `SELECT line FROM audit_events
        WHERE ($1::text IS NULL OR room_id = $1) AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at <= $3)
        ORDER BY seq`,
      [filter.roomId ?? null, filter.from ?? null, filter.to ?? null],
    )
    return rows.flatMap((row) => {
      try {
        const parsed = auditEventSchema.safeParse(JSON.parse(row.line))
        return parsed.success ? [parsed.data] : []
      } catch {
        return []
      }
    })
  }

  async lines(): Promise<string[]> {
    const { rows } = await this.pool.query<{ line: string }>('SELECT line FROM audit_events ORDER BY seq')
    return rows.map((row) => row.line)
  }
}
