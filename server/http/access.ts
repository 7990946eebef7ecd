/**
 * Who is asking, for routes that serve both the secretariat (admin token) and room members (session
 * tokens), and the checks those routes share.
 */
import type { Request } from 'express'
import { canEditEntries } from '../../shared/access.ts'
import type { SessionClaims } from '../../shared/schema/participant.ts'
import type { Role } from '../../shared/schema/room.ts'
import type { SessionTokens } from '../auth/sessionTokens.ts'
import { bearerToken } from './auth.ts'
import { HttpError } from './errors.ts'

export interface Actor {
  id: string
  name: string
  admin: boolean
  session: SessionClaims | null
}

const SECRETARIAT_ACTOR: Actor = { id: 'secretariat', name: 'Secretariat', admin: true, session: null }

/** The caller, or 401. */
export async function actorOf(req: Request, tokens: SessionTokens): Promise<Actor> {
  const token = bearerToken(req)
  if (token && tokens.isAdmin(token)) return SECRETARIAT_ACTOR
  const session = token ? await tokens.verify(token) : null
  if (!session) throw new HttpError(401, 'unauthorized', 'A secretariat or session token is required')
  return { id: session.sub, name: session.name, admin: false, session }
}

/** The secretariat, or a member of `roomId` with one of `roles`; otherwise 403. */
export function requireRoomRole(actor: Actor, roomId: string, roles: readonly Role[]) {
  if (actor.admin) return
  if (actor.session?.room !== roomId) throw new HttpError(403, 'forbidden', 'This token is for another room')
  if (!roles.includes(actor.session.role))
    throw new HttpError(403, 'forbidden', `Only ${roles.join(' and ')}s can do this`)
}

/** The secretariat of `roomId` (shared/access.ts canEditEntries), or 403. */
export function requireSecretariat(actor: Actor, roomId: string) {
  if (!canEditEntries(actor, roomId)) throw new HttpError(403, 'forbidden', 'Only the secretariat can do this')
}

/** A rule of shared/access.ts said no: 403 with why. */
export function requirePolicy(allowed: boolean, message: string) {
  if (!allowed) throw new HttpError(403, 'forbidden', message)
}

export const ALL_ROLES: readonly Role[] = ['facilitator', 'participant', 'observer']
