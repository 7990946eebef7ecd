/** Session tokens: JWTs (HS256) scoped to one room and one role, signed with the server's key. */
import { timingSafeEqual } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'
import { sessionClaimsSchema, type SessionClaims } from '../../shared/schema/participant.ts'

export interface SessionTokens {
  issue(claims: SessionClaims): Promise<string>
  /**
   * The token's claims, or null when it is malformed, tampered with or expired. Whether its participant
   * still exists (not removed, erased or purged) is the caller's check against the participant store:
   * sessions.ts for REST, extensions/authentication.ts for WebSockets (one lookup each).
   */
  verify(token: string): Promise<SessionClaims | null>
  isAdmin(token: string): boolean
}

export function createSessionTokens(opts: {
  signingKey: string
  adminToken: string
  ttlSeconds: number
}): SessionTokens {
  const key = new TextEncoder().encode(opts.signingKey)
  const admin = Buffer.from(opts.adminToken)
  return {
    issue: (claims) =>
      new SignJWT({ room: claims.room, role: claims.role, name: claims.name, city: claims.city })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.sub)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + opts.ttlSeconds)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] })
        const parsed = sessionClaimsSchema.safeParse(payload)
        return parsed.success ? parsed.data : null
      } catch {
        return null
      }
    },
    isAdmin(token) {
      const candidate = Buffer.from(token)
      return candidate.length === admin.length && timingSafeEqual(candidate, admin)
    },
  }
}
