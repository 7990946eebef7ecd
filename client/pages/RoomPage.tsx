/** /rooms/:roomId — check the stored session, then show the board. */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LicenceProblem } from '../licence/licence.ts'
import { AuthFailures, type PresenceUser } from '../../shared/protocol.ts'
import { getSession } from '../api/endpoints.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import { flash, inviteCode, sessionToken } from '../api/tokens.ts'
import type { Session } from '../api/types.ts'
import { useConfig } from '../api/useConfig.ts'
import { Board } from '../board/Board.tsx'
import { dropRoomConnection } from '../board/roomConnection.ts'
import { licenceProblemBeforeLoad, switchToListView } from '../licence/licence.ts'
import { closeReasonText } from '../i18n/closeReason.ts'
import { navigate } from '../router.ts'

const FALLBACK_COLOR = '#6e7781'
const ADMISSION_POLL_MS = 3000

type State =
  | { kind: 'checking' }
  | { kind: 'ready'; token: string; session: Session }
  | { kind: 'blocked'; message: string }

export function RoomPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation()
  const { config, error: configError } = useConfig()
  const [state, setState] = useState<State>(() =>
    sessionToken.get(roomId) ? { kind: 'checking' } : { kind: 'blocked', message: t('room.blocked.notJoined') },
  )

  useEffect(() => {
    const token = sessionToken.get(roomId)
    if (!token) return
    let live = true
    getSession(token).then(
      (session) => {
        if (!live) return
        if (session.room.id !== roomId) setState({ kind: 'blocked', message: t('room.blocked.otherRoom') })
        else setState({ kind: 'ready', token, session })
      },
      (error: unknown) => {
        if (!live) return
        if (error instanceof ApiError && error.status === 401) {
          sessionToken.set(roomId, null)
          setState({ kind: 'blocked', message: t('room.blocked.expired') })
        } else {
          setState({ kind: 'blocked', message: t('room.blocked.cannotOpen', { detail: errorMessage(error) }) })
        }
      },
    )
    return () => {
      live = false
    }
  }, [roomId, t])

  // Waiting in the lobby: look again every few seconds; once admitted, the board opens for writing.
  const waiting = state.kind === 'ready' && !state.session.participant.admitted
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => {
      const token = sessionToken.get(roomId)
      if (!token) return
      getSession(token).then(
        (session) => session.participant.admitted && setState({ kind: 'ready', token, session }),
        () => {}, // a refusal shows on the board's socket
      )
    }, ADMISSION_POLL_MS)
    return () => clearInterval(timer)
  }, [roomId, waiting])

  // The collaboration server refused the token mid-visit: join again through the invite link.
  const onAuthFailure = useCallback(
    (reason: string) => {
      sessionToken.set(roomId, null)
      if (reason === AuthFailures.Removed) {
        setState({ kind: 'blocked', message: t('trust.removed') })
        return
      }
      const message = t('room.sessionInvalid', { reason: closeReasonText(reason, null) })
      const code = inviteCode.get(roomId)
      if (code) {
        flash.set(message)
        navigate(`/join/${encodeURIComponent(code)}`, { replace: true })
      } else {
        setState({ kind: 'blocked', message })
      }
    },
    [roomId, t],
  )

  // A board opened early for a session the server refused is closed, not left to retry.
  const blocked = state.kind === 'blocked'
  useEffect(() => {
    if (blocked) dropRoomConnection()
  }, [blocked])

  if (state.kind === 'blocked') {
    return (
      <main className="page narrow">
        <h1>Capital Room</h1>
        <p className="notice error" role="alert" data-testid="room-blocked">
          {state.message}
        </p>
        <p>{t('room.askForInvite')}</p>
      </main>
    )
  }
  if (configError) {
    return (
      <main className="page narrow">
        <p className="notice error" role="alert">
          {configError}
        </p>
      </main>
    )
  }
  if (state.kind === 'checking' || !config) {
    return (
      <main className="page narrow">
        <p className="muted">{t('room.opening')}</p>
      </main>
    )
  }

  // No licence key where tldraw needs one: never mount tldraw (it would blank itself and call its CDN).
  const licenceProblem = licenceProblemBeforeLoad(config.tldrawLicenseKey)
  if (licenceProblem) return <SwitchToList roomId={roomId} problem={licenceProblem} />

  const { participant, room } = state.session
  const self: PresenceUser = {
    id: participant.id,
    name: participant.name,
    city: participant.city,
    role: participant.role,
    color: config.affiliations.find((a) => a.id === participant.city)?.color ?? FALLBACK_COLOR,
  }
  return (
    <Board
      room={room}
      token={state.token}
      self={self}
      admitted={participant.admitted}
      affiliations={config.affiliations}
      licenseKey={config.tldrawLicenseKey}
      onAuthFailure={onAuthFailure}
    />
  )
}

function SwitchToList(props: { roomId: string; problem: LicenceProblem }) {
  useEffect(() => switchToListView(props.roomId, props.problem), [props.roomId, props.problem])
  return null
}
