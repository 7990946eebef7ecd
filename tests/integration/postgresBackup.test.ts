/**
 * PostgreSQL mode is backed up with the database's own tools, as the README says: pg_dump while the
 * server runs, pg_restore into a new database, a server started on it serves the boards (and the
 * audit log's chain is intact).
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
const baseUrl = await findPostgres()
if (!baseUrl)
  console.warn('\n*** PostgreSQL does not answer on 127.0.0.1:5432: SKIPPING the pg_dump/pg_restore test ***\n')

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: baseUrl! })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

describe.skipIf(!baseUrl)('PostgreSQL backup with pg_dump and pg_restore', () => {
  it('a database restored from a dump taken while the server runs serves the boards', async () => {
    const source = await freshSchema(baseUrl!)
    const schemaName = /search_path=(\w+)/.exec(decodeURIComponent(source.url))![1]
    const database = `capital_room_restore_${randomBytes(5).toString('hex')}`
    const work = await mkdtemp(path.join(tmpdir(), 'capital-room-pgdump-'))
    let server: TestServer | undefined
    let restored: TestServer | undefined
    try {
      server = await newServer({ DATABASE_URL: source.url })
      const { room, invites } = await server.createRoom({ title: 'Dumped' })
      const pia = await server.join(invites.participant, 'Pia', 'oslo')
      const board = await newParticipant(server.wsUrl, documentName(room.id, 'board'), pia.token)
      for (let i = 0; i < 30; i++) board.records.set(`shape:n${i}`, noteRecord(`n${i}`, `Idea ${i}`, i * 10, 0))
      await board.acknowledged()

      // The README's commands, limited to this test's schema (the test database holds others' too).
      const dump = path.join(work, 'capital_room.dump')
      await run('pg_dump', ['--format=custom', `--schema=${schemaName}`, `--file=${dump}`, `--dbname=${baseUrl}`])
      board.destroy()
      await adminQuery(`CREATE DATABASE ${database}`)
      const target = new URL(baseUrl!)
      target.pathname = `/${database}`
      await run('pg_restore', ['--no-owner', `--dbname=${target}`, dump])

      target.searchParams.set('options', `-c search_path=${schemaName}`)
      restored = await newServer({ DATABASE_URL: target.toString() })
      const reader = await newParticipant(restored.wsUrl, documentName(room.id, 'board'), pia.token)
      for (let i = 0; i < 30; i++) expect(reader.records.get(`shape:n${i}`), `n${i}`).toBeDefined()
      reader.destroy()
      expect(
        (await restored.api('/api/rooms', { token: server.adminToken })).body.rooms.map(
          (r: { title: string }) => r.title,
        ),
      ).toEqual(['Dumped'])
      const verified = await run(process.execPath, ['--experimental-strip-types', 'scripts/auditVerify.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: target.toString() },
      })
      expect(verified.stdout).toContain('2 events')
    } finally {
      await restored?.close()
      await server?.close()
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {})
      await source.drop()
      await rm(work, { recursive: true, force: true })
    }
  }, 120_000)
})
