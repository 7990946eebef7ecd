/**
 * The PostgreSQL SecretStore: secrets shared by every instance on the database (a token issued by one
 * instance must open the board on another). The first instance to start generates them;
 * INSERT … ON CONFLICT DO NOTHING lets only one win.
 */
import type pg from 'pg'
import { generateSecrets, secretsSchema } from '../secrets.ts'
import type { SecretStore } from '../types.ts'

export class SharedSecrets implements SecretStore {
  private readonly pool: pg.Pool
  constructor(pool: pg.Pool) {
    this.pool = pool
  }

  async load() {
    const fresh = generateSecrets()
    const inserted = await this.pool.query<{ name: string }>(
      `INSERT INTO secrets (name, value) VALUES ('adminToken', $1), ('signingKey', $2)
       ON CONFLICT (name) DO NOTHING RETURNING name`,
      [fresh.adminToken, fresh.signingKey],
    )
    const { rows } = await this.pool.query<{ name: string; value: string }>(
      `SELECT name, value FROM secrets WHERE name IN ('adminToken', 'signingKey')`,
    )
    const stored = secretsSchema.parse(Object.fromEntries(rows.map((row) => [row.name, row.value])))
    return { ...stored, generated: inserted.rows.some((row) => row.name === 'adminToken') }
  }
}
