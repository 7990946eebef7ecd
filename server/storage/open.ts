/** Chooses the storage adapter: PostgreSQL when DATABASE_URL is set, else the embedded files in DATA_DIR. */
import type { Logger } from 'pino'
import { loadSecrets, type Secrets } from '../auth/secrets.ts'
import type { Config } from '../config.ts'
import { openEmbeddedStorage } from './embedded/index.ts'
import { openPostgresStorage } from './postgres/index.ts'
import type { Storage } from './types.ts'

export async function openStorage(config: Config, log: Logger): Promise<{ storage: Storage; secrets: Secrets & { generated: boolean } }> {
  const onCompactionError = (name: string, error: unknown) =>
    log.error({ err: error, documentName: name }, 'compaction failed; the updates are kept')
  if (config.databaseUrl) {
    const storage = await openPostgresStorage({
      connectionString: config.databaseUrl,
      log,
      compactAfterBytes: config.compactAfterBytes,
      onCompactionError,
    })
    try {
      return { storage, secrets: await storage.loadSecrets(config.adminToken) }
    } catch (error) {
      await storage.close().catch(() => {})
      throw error
    }
  }
  const storage = await openEmbeddedStorage(config.dataDir, { compactAfterBytes: config.compactAfterBytes, onCompactionError })
  return { storage, secrets: await loadSecrets(config.dataDir, config.adminToken) }
}
