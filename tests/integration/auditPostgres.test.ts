/**
 * The audit trail in PostgreSQL mode: the server refuses to change or delete an event (trigger), and a
 * byte changed in a stored event anyway (by someone who turned the trigger off) makes
 * `npm run audit:verify` fail.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { newServer } from '../helpers/server.ts'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
const baseUrl = await findPostgres()
if (!baseUrl)
  console.warn('\n*** PostgreSQL does not answer on 127.0.0.1:5432: SKIPPING the PostgreSQL audit test ***\n')

async function auditVerify(databaseUrl: string) {
  try {
    const { stdout } = await run(process.execPath, ['--experimental-strip-types', 'scripts/auditVerify.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    })
    return { code: 0, output: stdout }
  } catch (error: any) {
    return { code: error.code as number, output: `${error.stdout}${error.stderr}` }
  }
}

describe.skipIf(!baseUrl)('audit trail in PostgreSQL', () => {
  it('is append-only, and audit:verify finds a changed byte', async () => {
    const schema = await freshSchema(baseUrl!)
    const server = await newServer({ DATABASE_URL: schema.url })
    const client = new pg.Client({ connectionString: schema.url })
    try {
      const { invites } = await server.createRoom()
      await server.join(invites.participant, 'Pia', 'oslo')
      expect(await auditVerify(schema.url)).toMatchObject({ code: 0 })
      await client.connect()
      await expect(
        client.query(`UPDATE audit_events SET line = replace(line, 'participant', 'observer')`),
      ).rejects.toThrow(/append-only/)
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/)

      await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only')
      await client.query(`UPDATE audit_events SET line = replace(line, '"role":"participant"', '"role":"Participant"')`)
      const broken = await auditVerify(schema.url)
      expect(broken.code).toBe(1)
      expect(broken.output).toContain('event 2 of 2')
    } finally {
      await client.end().catch(() => {})
      await server.close()
      await schema.drop()
    }
  })
})
