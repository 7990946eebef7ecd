import type { Storage } from '../types.ts'
import { AuditRows } from './auditRows.ts'
import { CodeRows } from './codeRows.ts'
import { DocumentRows, type DocumentRowsOptions } from './documentRows.ts'
import { MetadataRows } from './metadataRows.ts'
import { migrate } from './migrations.ts'
import { createPool, type PoolOptions } from './pool.ts'
import { SharedSecrets } from './sharedSecrets.ts'
import { SnapshotRows } from './snapshotRows.ts'
import { VotingRows } from './votingRows.ts'

export interface PostgresStorage extends Storage {
  documents: DocumentRows
}

/** The tables erasure and purge delete or rewrite rows of. */
const RECLAIMED_TABLES = [
  'documents',
  'document_updates',
  'participants',
  'snapshots',
  'code_rooms',
  'rooms',
  'voting_rounds',
  'votes',
]

/** How long the health check waits for the database before calling it degraded. */
const PING_TIMEOUT_MS = 2_000

export async function openPostgresStorage(options: PoolOptions & DocumentRowsOptions): Promise<PostgresStorage> {
  const pool = createPool(options)
  try {
    await migrate(pool)
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
  const documents = new DocumentRows(pool, options)
  return {
    documents,
    metadata: new MetadataRows(pool),
    voting: new VotingRows(pool),
    snapshots: new SnapshotRows(pool),
    code: new CodeRows(pool),
    secrets: new SharedSecrets(pool),
    async reclaim() {
      // DELETE and UPDATE leave the old row versions' bytes in the tables' files; VACUUM FULL rewrites
      // each table (and its TOAST table) into new files and deletes the old ones. It locks one table at
      // a time for the rewrite (a board's first load waits meanwhile); erasure and purge are rare.
      const client = await pool.connect()
      try {
        await client.query('SET statement_timeout = 0')
        for (const table of RECLAIMED_TABLES) await client.query(`VACUUM FULL ${table}`)
      } finally {
        client.release(true) // not back to the pool with its timeout lifted
      }
    },
    audit: new AuditRows(pool),
    async ping() {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the database did not answer within ${PING_TIMEOUT_MS} ms`)),
          PING_TIMEOUT_MS,
        )
      })
      try {
        await Promise.race([pool.query('SELECT 1'), timeout])
      } finally {
        clearTimeout(timer)
      }
    },
    async close() {
      await documents.close()
      await pool.end()
    },
  }
}
