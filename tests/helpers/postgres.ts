/**
 * PostgreSQL for tests: a fresh schema per use, dropped afterwards. The server and the adapter select
 * it through the connection string (`options=-c search_path=…`), so nothing else needs to know.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** Candidates, first answering wins: TEST_DATABASE_URL, then the local trust-auth users. */
const CANDIDATES = [
  process.env.TEST_DATABASE_URL,
  'postgres://postgres@127.0.0.1:5432/test',
  'postgres://root@127.0.0.1:5432/test',
].filter((url): url is string => !!url)

let found: Promise<string | null> | undefined

/** The base URL of a PostgreSQL that answers, or null when none does. */
export function findPostgres(): Promise<string | null> {
  found ??= (async () => {
    for (const url of CANDIDATES) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
      try {
        await client.connect()
        await client.query('SELECT 1')
        return url
      } catch {
        // try the next one
      } finally {
        await client.end().catch(() => {})
      }
    }
    return null
  })()
  return found
}

export interface TestSchema {
  /** Connection string whose search_path is the fresh schema. */
  url: string
  drop(): Promise<void>
}

export async function freshSchema(baseUrl: string): Promise<TestSchema> {
  const schema = `capital_room_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const url = new URL(baseUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl })
      await client.connect()
      await client.query(`DROP SCHEMA ${schema} CASCADE`)
      await client.end()
    },
  }
}
