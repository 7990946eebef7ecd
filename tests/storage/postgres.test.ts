/**
 * The storage contract against PostgreSQL (a fresh schema per test, dropped afterwards), plus what
 * only this adapter has: migrations, compaction racing appends from another instance, timeouts.
 */
import { pino } from 'pino'
import pg from 'pg'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrate } from '../../server/storage/postgres/migrations.ts'
import { openPostgresStorage } from '../../server/storage/postgres/index.ts'
import { findPostgres, freshSchema, type TestSchema } from '../helpers/postgres.ts'
import { eventually } from '../helpers/retry.ts'
import { tcpProxy } from '../helpers/tcpProxy.ts'
import { postgresHolds } from '../helpers/postgresHolds.ts'
import { storageContract } from './contract.ts'
import { privacyContract } from './privacyContract.ts'

const baseUrl = await findPostgres()
if (!baseUrl)
  console.warn(
    '\n*** PostgreSQL does not answer on 127.0.0.1:5432 (or TEST_DATABASE_URL): SKIPPING the PostgreSQL storage tests ***\n',
  )

const log = pino({ level: 'silent' })

async function withSchema(test: (schema: TestSchema) => Promise<void>) {
  const schema = await freshSchema(baseUrl!)
  try {
    await test(schema)
  } finally {
    await schema.drop()
  }
}

if (baseUrl) {
  storageContract('postgres', {
    sharedByInstances: true,
    async location() {
      const schema = await freshSchema(baseUrl)
      return {
        open: (options) => openPostgresStorage({ connectionString: schema.url, log, ...options }),
        dispose: () => schema.drop(),
      }
    },
  })
}

if (baseUrl) {
  privacyContract('postgres', async () => {
    const schema = await freshSchema(baseUrl)
    return {
      open: () => openPostgresStorage({ connectionString: schema.url, log }),
      holds: (text) => postgresHolds(schema.url, text),
      dispose: () => schema.drop(),
    }
  })
}

describe.skipIf(!baseUrl)('postgres storage', () => {
  it('applies each migration once, also when two instances start together', async () => {
    await withSchema(async (schema) => {
      const pools = [new pg.Pool({ connectionString: schema.url }), new pg.Pool({ connectionString: schema.url })]
      try {
        const applied = await Promise.all(pools.map((pool) => migrate(pool)))
        expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version))
        expect(await migrate(pools[0])).toEqual([])
        const { rows } = await pools[0].query('SELECT version FROM schema_migrations ORDER BY version')
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version))
      } finally {
        await Promise.all(pools.map((pool) => pool.end()))
      }
    })
  })

  it('loses no append made by another instance while compactions run back to back', async () => {
    await withSchema(async (schema) => {
      const a = await openPostgresStorage({ connectionString: schema.url, log, compactAfterBytes: 1 << 30 })
      const b = await openPostgresStorage({ connectionString: schema.url, log, compactAfterBytes: 1 << 30 })
      try {
        const doc = new Y.Doc()
        const appends: Promise<void>[] = []
        doc.on('update', (update: Uint8Array) => appends.push(b.documents.append('doc', update)))
        let writing = true
        const compactions = (async () => {
          let count = 0
          while (writing) {
            await Promise.all([a.documents.compact('doc'), b.documents.compact('doc')])
            count += 2
          }
          return count
        })()
        for (let i = 0; i < 300; i++) {
          doc.getMap('records').set(`k${i}`, i)
          if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 1))
        }
        await Promise.all(appends)
        writing = false
        expect(await compactions).toBeGreaterThan(2)
        await a.documents.compact('doc')

        const state = await a.documents.load('doc')
        const loaded = new Y.Doc()
        Y.applyUpdateV2(loaded, state!)
        expect(Object.keys(loaded.getMap('records').toJSON())).toHaveLength(300)
        const pool = new pg.Pool({ connectionString: schema.url })
        const { rows } = await pool.query('SELECT count(*)::int AS n FROM document_updates')
        await pool.end()
        expect(rows[0].n).toBe(0) // everything merged into the snapshot
      } finally {
        await a.close()
        await b.close()
      }
    })
  })

  it('leaves a board at rest as its snapshot row alone: compacted once quiet and when released', async () => {
    await withSchema(async (schema) => {
      // Quiet after 1 s: 40 appends in a row are never that far apart, even on a loaded machine (at 100 ms
      // a full-suite run once saw a compaction start between two of them).
      const a = await openPostgresStorage({ connectionString: schema.url, log, compactWhenIdleMs: 1_000 })
      const b = await openPostgresStorage({ connectionString: schema.url, log, compactWhenIdleMs: 60_000 })
      const pool = new pg.Pool({ connectionString: schema.url })
      const updateRows = async () =>
        (await pool.query('SELECT count(*)::int AS n FROM document_updates')).rows[0].n as number
      try {
        const quiet = movesOfTenNotes(40)
        for (const update of quiet) await a.documents.append('quiet', update)
        expect(await updateRows()).toBe(40)
        await eventually(async () => expect(await updateRows()).toBe(0), { timeout: 10_000 })

        // B keeps the other board open: A's release compacts what is stored; what B appends later stays for B.
        const shared = movesOfTenNotes(20)
        for (const update of shared.slice(0, 10)) await b.documents.append('shared', update)
        await a.documents.load('shared')
        await a.documents.release('shared')
        expect(await updateRows()).toBe(0)
        for (const update of shared.slice(10)) await b.documents.append('shared', update)
        expect(await updateRows()).toBe(10)
        await b.documents.release('shared')
        expect(await updateRows()).toBe(0)

        for (const [name, last] of [
          ['quiet', 39],
          ['shared', 19],
        ] as const) {
          const loaded = new Y.Doc()
          Y.applyUpdateV2(loaded, (await a.documents.load(name))!)
          expect(loaded.getMap('records').toJSON()).toMatchObject({ note0: { x: last - 9 }, note9: { x: last } })
        }
      } finally {
        await pool.end()
        await a.close()
        await b.close()
      }
    })
  })

  it('rejects an append within its timeout while the database does not answer, and works again after', async () => {
    await withSchema(async (schema) => {
      const target = new URL(schema.url)
      const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
      const viaProxy = new URL(schema.url)
      viaProxy.port = String(proxy.port)
      const storage = await openPostgresStorage({
        connectionString: viaProxy.toString(),
        log,
        connectTimeoutMs: 500,
        queryTimeoutMs: 1000,
      })
      try {
        const doc = new Y.Doc()
        const updates: Uint8Array[] = []
        doc.on('update', (update: Uint8Array) => updates.push(update))
        doc.getMap('records').set('before', 1)
        await storage.documents.append('doc', updates[0])

        proxy.freeze()
        doc.getMap('records').set('during', 2)
        const started = Date.now()
        await expect(storage.documents.append('doc', updates[1])).rejects.toThrow()
        await expect(storage.ping()).rejects.toThrow()
        // Both fail rather than hang (the test's own timeout catches a hang); the time is a figure.
        console.log(`postgres frozen: append and ping failed after ${Date.now() - started} ms`)

        proxy.thaw()
        await storage.documents.append('doc', updates[1]) // the client resends it
        await storage.ping()
        const loaded = new Y.Doc()
        Y.applyUpdateV2(loaded, (await storage.documents.load('doc'))!)
        expect(loaded.getMap('records').toJSON()).toEqual({ before: 1, during: 2 })
      } finally {
        await storage.close()
        await proxy.close()
      }
    })
  })
})

/** `count` updates, each moving one of ten notes: note i % 10 ends at x = the last i that moved it. */
function movesOfTenNotes(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getMap('records').set(`note${i % 10}`, { x: i })
  return updates
}
