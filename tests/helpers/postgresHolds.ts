/**
 * Where a PostgreSQL schema still stores some text: in any row (bytea or JSON), and — when this
 * process may read the server's data directory (a local test database) — in the bytes of the tables'
 * files, TOAST included, after a CHECKPOINT: a deleted row's bytes stay there until VACUUM FULL.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

export async function postgresHolds(connectionString: string, text: string): Promise<string[]> {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const found: string[] = []
    const tables = await client.query<{ table: string; file: string; toast: string | null }>(
      `SELECT c.relname AS table, pg_relation_filepath(c.oid) AS file,
              CASE WHEN c.reltoastrelid <> 0 THEN pg_relation_filepath(c.reltoastrelid) END AS toast
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
    )
    for (const { table } of tables.rows) {
      // Every column as text, and every bytea column's bytes as they are.
      const { rows: columns } = await client.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND data_type = 'bytea'`,
        [table],
      )
      const bytea = columns.map((c) => `position(convert_to($1, 'UTF8') in coalesce(t.${c.name}, ''::bytea)) > 0`)
      const { rows } = await client.query(
        `SELECT 1 FROM ${table} t WHERE strpos(t::text, $1) > 0 ${bytea.map((b) => `OR ${b}`).join(' ')} LIMIT 1`,
        [text],
      )
      if (rows.length > 0) found.push(`${table} (rows)`)
    }
    await client.query('CHECKPOINT').catch(() => {}) // not a superuser: the rows' check stands alone
    const dataDir = (await client.query<{ data_directory: string }>('SHOW data_directory').catch(() => null))?.rows[0]
      ?.data_directory
    if (!dataDir) return found
    const needle = Buffer.from(text)
    for (const { table, file, toast } of tables.rows) {
      for (const relation of [file, toast]) {
        if (!relation) continue
        const bytes = await readFile(path.join(dataDir, relation)).catch(() => null)
        if (bytes?.includes(needle)) found.push(`${table} (file ${relation})`)
      }
    }
    return found
  } finally {
    await client.end()
  }
}
