/** Chooses the storage adapter: PostgreSQL when DATABASE_URL is set, else the embedded files in DATA_DIR. */
import type { Logger } from 'pino'
import type { Config } from '../config.ts'
import { openEmbeddedStorage } from './embedded/index.ts'
import { openPostgresStorage } from './postgres/index.ts'
import type { Storage } from './types.ts'

export async function openStorage(config: Config, log: Logger): Promise<Storage> {
  const onCompactionError = (name: string, error: unknown) =>
    log.error({ err: error, documentName: name }, 'compaction failed; the updates are kept')
  if (config.databaseUrl) {
    const storage = await openPostgresStorage({
      connectionString: config.databaseUrl,
      log,
      compactAfterBytes: config.compactAfterBytes,
      onCompactionError,
    })
    return storage
  }
  return openEmbeddedStorage(config.dataDir, { compactAfterBytes: config.compactAfterBytes, onCompactionError })
}
