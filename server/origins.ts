/**
 * WebSocket Origin check. Browsers always send Origin; a page on another site must not be able to
 * open a socket with a participant's token. Clients that are not browsers send no Origin.
 */
import type { Config } from './config.ts'

export function isAllowedOrigin(
  origin: string | null,
  host: string | null,
  config: Pick<Config, 'publicUrl' | 'allowedOrigins'>,
): boolean {
  if (origin === null) return true
  let originUrl: URL
  try {
    originUrl = new URL(origin)
  } catch {
    return false
  }
  if (host !== null && originUrl.host === host) return true
  const allowed = [config.publicUrl, ...config.allowedOrigins].filter((o): o is string => Boolean(o))
  return allowed.some((entry) => {
    try {
      return new URL(entry).origin === originUrl.origin
    } catch {
      return false
    }
  })
}
