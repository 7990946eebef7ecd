/** Request guards: the secretariat's admin token, or a participant's session token for a room. */
import type { Request, RequestHandler } from 'express'
import type { SessionClaims } from '../../shared/schema/participant.ts'
import type { Role } from '../../shared/schema/room.ts'
import type { SessionTokens } from '../auth/sessionTokens.ts'
import { HttpError } from './errors.ts'

export function bearerToken(req: Request): string | null {
  const header = req.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  return match ? match[1] : null
}

export function requireAdmin(tokens: SessionTokens): RequestHandler {
  return (req, _res, next) => {
    const token = bearerToken(req)
    if (!token || !tokens.isAdmin(token)) {
      return next(new HttpError(401, 'unauthorized', 'The secretariat token is missing or wrong'))
    }
    next()
  }
}

/** Who is asking: the secretariat, or a participant with a valid session; null for anyone else. */
export async function identify(
  req: Request,
  tokens: SessionTokens,
): Promise<{ admin: true } | { admin: false; session: SessionClaims } | null> {
  const token = bearerToken(req)
  if (!token) return null
  if (tokens.isAdmin(token)) return { admin: true }
  const session = await tokens.verify(token)
  return session ? { admin: false, session } : null
}

export function requireSession(tokens: SessionTokens): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req)
    const session = token ? await tokens.verify(token) : null
    if (!session) return next(new HttpError(401, 'unauthorized', 'The session token is missing, invalid or expired'))
    res.locals.session = session
    next()
  }
}

/**
 * A member of the room named in the path (`:roomId`) with one of `roles`: a session token of another
 * room is refused (403), as is a role not in the list. A route closed to observers is one that acts
 * (votes, timer, rounds): someone still waiting in the lobby is refused it (403 `not_admitted`).
 */
export function requireMember(tokens: SessionTokens, roles: readonly Role[]): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req)
    const session = token ? await tokens.verify(token) : null
    if (!session) return next(new HttpError(401, 'unauthorized', 'The session token is missing, invalid or expired'))
    if (session.room !== req.params.roomId)
      return next(new HttpError(403, 'forbidden', 'This token is for another room'))
    if (!roles.includes(session.role))
      return next(new HttpError(403, 'forbidden', `Only ${roles.join(' and ')}s can do this`))
    if (!roles.includes('observer') && session.admitted === false) {
      return next(new HttpError(403, 'not_admitted', 'You are waiting to be admitted by a facilitator'))
    }
    res.locals.session = session
    next()
  }
}
