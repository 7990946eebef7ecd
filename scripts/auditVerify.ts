/**
 * `npm run audit:verify`: checks the audit log's hash chain where the server keeps it (DATABASE_URL
 * when set, else DATA_DIR/audit.log). Exit 0: intact; 1: broken (which line and why is printed);
 * 2: the log could not be read.
 */
import pg from 'pg'
import { verifyLines } from '../server/audit/chain.ts'
import { ConfigError, readConfig } from '../server/config.ts'
import { AUDIT_FILE, readAuditLines } from '../server/storage/embedded/auditFile.ts'

async function storedLines(): Promise<{ lines: string[]; where: string; tornBytes: number }> {
  const config = readConfig(process.env)
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ line: string }>('SELECT line FROM audit_events ORDER BY seq')
      return { lines: rows.map((row) => row.line), where: 'the database (audit_events)', tornBytes: 0 }
    } finally {
      await client.end()
    }
  }
  const { lines, tornBytes } = await readAuditLines(config.dataDir)
  return { lines, where: `${config.dataDir}/${AUDIT_FILE}`, tornBytes }
}

try {
  const { lines, where, tornBytes } = await storedLines()
  const check = verifyLines(lines)
  if (!check.ok) {
    console.error(`audit:verify: BROKEN in ${where}: event ${check.line} of ${check.events}: ${check.problem}`)
    process.exit(1)
  }
  if (tornBytes > 0) {
    // A crash mid-append leaves this, and the server cuts it off at its next start; until then it
    // cannot be told apart from a changed last byte.
    console.error(
      `audit:verify: BROKEN in ${where}: its last line is incomplete (${tornBytes} bytes after event ${lines.length})`,
    )
    process.exit(1)
  }
  console.log(`audit:verify: OK: ${check.events} events in ${where}, hash chain intact`)
} catch (error) {
  console.error(
    `audit:verify: could not read the audit log: ${error instanceof ConfigError ? error.message : (error as Error).message}`,
  )
  process.exit(2)
}
