/**
 * The server's secrets, kept in DATA_DIR/secrets.json (mode 0600) so they survive restarts:
 * the secretariat's admin token (unless CAPITAL_ADMIN_TOKEN is set) and the key signing session tokens.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../storage/embedded/durableFile.ts'

const secretsSchema = z.object({ adminToken: z.string().min(16), signingKey: z.string().min(32) })
export type Secrets = z.infer<typeof secretsSchema>

export async function loadSecrets(dataDir: string, adminTokenFromEnv: string | undefined): Promise<Secrets & { generated: boolean }> {
  const file = path.join(dataDir, 'secrets.json')
  const text = await readFile(file, 'utf8').catch((error) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  let stored = text === null ? null : secretsSchema.parse(JSON.parse(text))
  const generated = stored === null
  if (!stored) {
    stored = { adminToken: randomBytes(24).toString('base64url'), signingKey: randomBytes(32).toString('base64url') }
    await writeFileDurably(file, JSON.stringify(stored, null, 2))
  }
  return { ...stored, adminToken: adminTokenFromEnv ?? stored.adminToken, generated: generated && !adminTokenFromEnv }
}
