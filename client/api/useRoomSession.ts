/**
 * The room's stored session, checked with the server: shared by the board and the list view.
 * `blocked.reason` is a translation key under `room.blocked`.
 */
import { useEffect, useState } from 'react'
import { getSession } from './endpoints.ts'
import { ApiError, errorMessage } from './http.ts'
import { sessionToken } from './tokens.ts'
import type { Session } from './types.ts'

export type RoomSession =
  | { kind: 'checking' }
  | { kind: 'ready'; token: string; session: Session }
  | { kind: 'blocked'; reason: 'notJoined' | 'otherRoom' | 'expired' | 'cannotOpen'; detail?: string }

export function useRoomSession(roomId: string): [RoomSession, (state: RoomSession) => void] {
  const [state, setState] = useState<RoomSession>(() =>
    sessionToken.get(roomId) ? { kind: 'checking' } : { kind: 'blocked', reason: 'notJoined' },
  )

  useEffect(() => {
    const token = sessionToken.get(roomId)
    if (!token) return
    let live = true
    getSession(token).then(
      (session) => {
        if (!live) return
        if (session.room.id !== roomId) setState({ kind: 'blocked', reason: 'otherRoom' })
        else setState({ kind: 'ready', token, session })
      },
      (error: unknown) => {
        if (!live) return
        if (error instanceof ApiError && error.status === 401) {
          sessionToken.set(roomId, null)
          setState({ kind: 'blocked', reason: 'expired' })
        } else {
          setState({ kind: 'blocked', reason: 'cannotOpen', detail: errorMessage(error) })
        }
      },
    )
    return () => {
      live = false
    }
  }, [roomId])
  return [state, setState]
}
