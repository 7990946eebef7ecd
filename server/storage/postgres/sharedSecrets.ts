/**
 * Secrets shared by every instance on the database: the session-signing key (a token issued by one
 * instance must open the board on another) and, unless CAPITAL_ADMIN_TOKEN is set, the admin token.
 * The first instance to start generates them; INSERT … ON CONFLICT DO NOTHING lets only one win.
 */
import { randomBytes } from 'node:crypto'
import type pg from 'pg'
import { z } from 'zod'
import type { Secrets } from '../../auth/secrets.ts'

const secretsSchema = z.object({ adminToken: z.string().min(16), signingKey: z.string().min(32) })

export async function loadSharedSecrets(pool: pg.Pool, adminTokenFromEnv: string | undefined): Promise<Secrets & { generated: boolean }> {
  const inserted = await pool.query<{ name: string }>(
    `INSERT INTO secrets (name, value) VALUES ('adminToken', $1), ('signingKey', $2)
     ON CONFLICT (name) DO NOTHING RETURNING name`,
    [randomBytes(24).toString('base64url'), randomBytes(32).toString('base64url')],
  )
  const { rows } = await pool.query<{ name: string; value: string }>(`SELECT name, value FROM secrets WHERE name IN ('adminToken', 'signingKey')`)
  const stored = secretsSchema.parse(Object.fromEntries(rows.map((row) => [row.name, row.value])))
  const generated = inserted.rows.some((row) => row.name === 'adminToken')
  return { ...stored, adminToken: adminTokenFromEnv ?? stored.adminToken, generated: generated && !adminTokenFromEnv }
}
