/**
 * The server's secrets: the secretariat's admin token and the key signing session tokens. Storage keeps
 * them so that they survive restarts and, in PostgreSQL mode, are shared by every instance.
 */
import { randomBytes } from 'node:crypto'
import { z } from 'zod'

export const secretsSchema = z.object({ adminToken: z.string().min(16), signingKey: z.string().min(32) })
export type Secrets = z.infer<typeof secretsSchema>

/** New random secrets: a 24-byte admin token and a 32-byte signing key, base64url. */
export function generateSecrets(): Secrets {
  return { adminToken: randomBytes(24).toString('base64url'), signingKey: randomBytes(32).toString('base64url') }
}
