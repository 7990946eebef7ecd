/**
 * The rooms a publication can be made from, and the token to ask with: the secretariat sees every
 * room (GET /api/rooms); a participant, the rooms they hold a session for.
 */
import { useEffect, useState } from 'react'
import { listRooms } from '../api/endpoints.ts'
import { errorMessage } from '../api/http.ts'
import type { Room } from '../api/types.ts'
import type { SignIn } from '../cities/useSignIn.ts'

/** What went wrong, for the page to say in the reader's language (`detail`: the server's message). */
export type RoomsProblem = { reason: 'signInFirst' } | { reason: 'cannotListAll'; detail: string }

export interface PublicationRooms {
  token: string | null
  rooms: Room[] | null
  error: RoomsProblem | null
}

export function usePublicationRooms(signIn: SignIn | null): PublicationRooms {
  const [state, setState] = useState<PublicationRooms>({ token: null, rooms: null, error: null })
  useEffect(() => {
    if (!signIn) return
    const own = () => {
      const byId = new Map(signIn.sessions.map((s) => [s.room.id, s.room]))
      return [...byId.values()]
    }
    if (!signIn.admin) {
      const token = signIn.sessions[0]?.token ?? null
      return setState({
        token,
        rooms: own(),
        error: token ? null : { reason: 'signInFirst' },
      })
    }
    let live = true
    const admin = signIn.admin
    listRooms(admin).then(
      ({ rooms }) => live && setState({ token: admin, rooms, error: null }),
      (caught: unknown) =>
        live &&
        setState({
          token: signIn.sessions[0]?.token ?? null,
          rooms: own(),
          error: { reason: 'cannotListAll', detail: errorMessage(caught) },
        }),
    )
    return () => {
      live = false
    }
  }, [signIn])
  return state
}

/** Newest room first. */
export const byDateDesc = (a: Room, b: Room) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)
