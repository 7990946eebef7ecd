/**
 * Who is looking at the review page, and with which token: the room's session (a member, whatever
 * their role) or, failing that, the secretariat's admin token. The server decides what each may do;
 * these flags only hide the buttons it would refuse.
 */
import { useEffect, useState } from 'react'
import { canDistil, isSecretariat } from '../../shared/access.ts'
import { getSession } from '../api/endpoints.ts'
import { errorMessage } from '../api/http.ts'
import { adminToken, sessionToken } from '../api/tokens.ts'
import type { Role, Room } from '../api/types.ts'

export interface ReviewAccess {
  token: string
  room: Room | null
  /** The member's own city and role; null for the secretariat's admin token. */
  member: { id: string; name: string; city: string; role: Role; admitted: boolean } | null
  isSecretariat: boolean
  canDistill: boolean
}

export type AccessState =
  | { kind: 'checking' }
  | { kind: 'ready'; access: ReviewAccess }
  /** Why not, for the page to say in the reader's language; `detail` is the server's message. */
  | { kind: 'blocked'; reason: 'notJoined' | 'otherRoom' | 'error'; detail?: string }

export function useReviewAccess(roomId: string): AccessState {
  const [state, setState] = useState<AccessState>({ kind: 'checking' })
  useEffect(() => {
    let live = true
    const session = sessionToken.get(roomId)
    const admin = adminToken.get()
    if (!session) {
      setState(
        admin
          ? { kind: 'ready', access: { token: admin, room: null, member: null, isSecretariat: true, canDistill: true } }
          : { kind: 'blocked', reason: 'notJoined' },
      )
      return
    }
    getSession(session).then(
      ({ participant, room }) => {
        if (!live) return
        if (room.id !== roomId) return setState({ kind: 'blocked', reason: 'otherRoom' })
        const asker = {
          admin: false,
          session: { room: room.id, city: participant.city, role: participant.role, admitted: participant.admitted },
        }
        setState({
          kind: 'ready',
          access: {
            token: session,
            room,
            member: participant,
            isSecretariat: isSecretariat(asker, room.id),
            canDistill: canDistil(asker, room.id),
          },
        })
      },
      (error: unknown) => live && setState({ kind: 'blocked', reason: 'error', detail: errorMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [roomId])
  return state
}
