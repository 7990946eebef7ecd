/** The embedded SecretStore: DATA_DIR/secrets.json, mode 0600, written durably. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { generateSecrets, secretsSchema, type Secrets } from '../secrets.ts'
import type { SecretStore } from '../types.ts'
import { writeFileDurably } from './durableFile.ts'

export class SecretsFile implements SecretStore {
  private readonly file: string
  /** One read (or generation) per open: concurrent callers must not generate two sets. */
  private loaded: Promise<Secrets & { generated: boolean }> | undefined
  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'secrets.json')
  }

  load() {
    this.loaded ??= this.readOrGenerate()
    return this.loaded
  }

  private async readOrGenerate() {
    const text = await readFile(this.file, 'utf8').catch((error) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (text !== null) return { ...secretsSchema.parse(JSON.parse(text)), generated: false }
    const secrets = generateSecrets()
    await writeFileDurably(this.file, JSON.stringify(secrets, null, 2))
    return { ...secrets, generated: true }
  }
}
