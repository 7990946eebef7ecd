/** A city's next steps from every room, with what this browser knows of the rooms to title them. */
import { useEffect, useState } from 'react'
import type { NextStep } from '../../shared/schema/nextStep.ts'
import { getCityNextSteps, type RoomHeading } from '../api/capitalCode.ts'
import { listRooms } from '../api/endpoints.ts'
import { errorMessage } from '../api/http.ts'
import { readToken, type SignIn } from './useSignIn.ts'

export interface CitySteps {
  steps: NextStep[] | null
  rooms: Map<string, RoomHeading>
  /** The server's refusal, as it phrased it. */
  error: string | null
  /** This browser holds neither a session nor the secretariat's sign-in. */
  signedOut: boolean
  /** Put the server's answer to a change in place of the step. */
  replace: (step: NextStep) => void
}

/** `signIn` null (still checking) or `city` null (not a city) asks nothing. */
export function useCitySteps(signIn: SignIn | null, city: string | null): CitySteps {
  const [steps, setSteps] = useState<NextStep[] | null>(null)
  const [rooms, setRooms] = useState<Map<string, RoomHeading>>(new Map())
  const [error, setError] = useState<string | null>(null)
  const [signedOut, setSignedOut] = useState(false)

  useEffect(() => {
    if (!signIn || city === null) return
    const token = readToken(signIn, city)
    if (!token) return setSignedOut(true)
    let live = true
    const known = new Map<string, RoomHeading>(signIn.sessions.map((s) => [s.room.id, s.room]))
    // The secretariat knows every room; others know the rooms they took part in (and any the server names).
    const adminRooms = signIn.admin
      ? listRooms(signIn.admin).then(
          (r) => r.rooms,
          () => [],
        )
      : Promise.resolve([])
    Promise.all([getCityNextSteps(token, city), adminRooms]).then(
      ([answer, all]) => {
        if (!live) return
        for (const room of [...all, ...(answer.rooms ?? [])]) known.set(room.id, room)
        setRooms(known)
        setSteps(answer.nextSteps)
      },
      (caught: unknown) => live && setError(errorMessage(caught)),
    )
    return () => {
      live = false
    }
  }, [signIn, city])

  const replace = (step: NextStep) =>
    setSteps((current) => current?.map((s) => (s.id === step.id ? step : s)) ?? current)
  return { steps, rooms, error, signedOut, replace }
}
