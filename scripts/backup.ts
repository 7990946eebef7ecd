/**
 * `npm run backup -- <file>`: a consistent archive (.tar.gz) of DATA_DIR, also while the server runs.
 * Embedded storage only: with DATABASE_URL, back up PostgreSQL with pg_dump (README).
 */
import path from 'node:path'
import { backupDataDir } from '../server/backup/embeddedBackup.ts'
import { ConfigError, readConfig } from '../server/config.ts'

try {
  const file = process.argv[2]
  if (!file) throw new ConfigError('Usage: npm run backup -- <file.tar.gz>')
  const config = readConfig(process.env)
  if (config.databaseUrl)
    throw new ConfigError('DATABASE_URL is set: back up PostgreSQL with pg_dump (see the README, "Backups")')
  const { documents, files } = await backupDataDir(config.dataDir, path.resolve(file))
  console.log(`backup: ${config.dataDir} → ${path.resolve(file)} (${documents} documents, ${files} other files)`)
} catch (error) {
  console.error(`backup: ${(error as Error).message}`)
  process.exit(error instanceof ConfigError ? 2 : 1)
}
