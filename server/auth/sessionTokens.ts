/** Session tokens: JWTs (HS256) scoped to one room and one role, signed with the server's key. */
import { timingSafeEqual } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'
import { sessionClaimsSchema, type SessionClaims } from '../../shared/schema/participant.ts'

export interface SessionTokens {
  issue(claims: SessionClaims): Promise<string>
  /** The token's claims, or null when it is malformed, tampered with, expired or revoked. */
  verify(token: string): Promise<SessionClaims | null>
  isAdmin(token: string): boolean
}

export function createSessionTokens(opts: {
  signingKey: string
  adminToken: string
  ttlSeconds: number
  /** Whether the token's participant (its `sub`) has been revoked, e.g. erased; such a token is refused. */
  isRevoked?: (participantId: string) => Promise<boolean>
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
      let claims: SessionClaims
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] })
        const parsed = sessionClaimsSchema.safeParse(payload)
        if (!parsed.success) return null
        claims = parsed.data
      } catch {
        return null
      }
      // Outside the try: a revocation that cannot be checked (storage away) is an error, not a bad token.
      if (opts.isRevoked && (await opts.isRevoked(claims.sub))) return null
      return claims
    },
    isAdmin(token) {
      const candidate = Buffer.from(token)
      return candidate.length === admin.length && timingSafeEqual(candidate, admin)
    },
  }
}
