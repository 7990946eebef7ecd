/**
 * Every way this browser is signed in: the secretariat's admin token and each stored room session
 * (a person who took part in several rooms holds one per room). Sessions the server no longer
 * accepts are left out. Pages between rooms pick the token that fits what they ask for.
 */
import { useEffect, useState } from 'react'
import { canEditNextStep, type Asker } from '../../shared/access.ts'
import { getSession } from '../api/endpoints.ts'
import { adminToken } from '../api/tokens.ts'
import type { Room, SessionParticipant } from '../api/types.ts'

/** The key prefix client/api/tokens.ts stores sessions under (`capital-room:session:<roomId>`). */
const SESSION_PREFIX = 'capital-room:session:'

export interface StoredSession {
  token: string
  participant: SessionParticipant
  room: Room
}

export interface SignIn {
  admin: string | null
  sessions: StoredSession[]
}

function storedSessionTokens(): string[] {
  try {
    const tokens: string[] = []
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      const token = key?.startsWith(SESSION_PREFIX) ? localStorage.getItem(key) : null
      if (token) tokens.push(token)
    }
    return tokens
  } catch {
    return [] // storage disabled: signed out
  }
}

/** null while the stored sessions are being checked. */
export function useSignIn(): SignIn | null {
  const [signIn, setSignIn] = useState<SignIn | null>(null)
  useEffect(() => {
    let live = true
    const checks = storedSessionTokens().map((token) =>
      getSession(token).then(
        (session): StoredSession => ({ token, ...session }),
        () => null,
      ),
    )
    void Promise.all(checks).then((found) => {
      const sessions = found
        .filter((s): s is StoredSession => s !== null)
        .sort((a, b) => b.room.date.localeCompare(a.room.date))
      if (live) setSignIn({ admin: adminToken.get(), sessions })
    })
    return () => {
      live = false
    }
  }, [])
  return signIn
}

const askerOf = (s: StoredSession): Asker => ({
  admin: false,
  session: { room: s.room.id, city: s.participant.city, role: s.participant.role, admitted: s.participant.admitted },
})

/** A token to read with: a session of this city, else the secretariat's, else any session. */
export function readToken(signIn: SignIn, city?: string): string | null {
  const own = signIn.sessions.find((s) => s.participant.city === city)
  return own?.token ?? signIn.admin ?? signIn.sessions[0]?.token ?? null
}

/**
 * The token the server would accept for changing a step of `city` from room `roomId` (shared/access.ts
 * canEditNextStep): an admitted session of that room and city, the admin token, or a secretariat
 * member's session of that room.
 */
export function editToken(signIn: SignIn, city: string | null, roomId: string): string | null {
  const step = { roomId, city }
  const own = signIn.sessions.find(
    (s) => canEditNextStep(askerOf(s), step, { movesCity: false }) === null && s.participant.city === city,
  )
  if (own) return own.token
  if (signIn.admin) return signIn.admin
  return signIn.sessions.find((s) => canEditNextStep(askerOf(s), step, { movesCity: false }) === null)?.token ?? null
}
