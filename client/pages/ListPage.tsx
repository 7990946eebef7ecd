/** /rooms/:roomId/list — the room as a live list: for phones, keyboards and screen readers. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useConfig } from '../api/useConfig.ts'
import { useRoomSession } from '../api/useRoomSession.ts'
import { SiteFooter } from '../a11y/SiteFooter.tsx'
import { ListRoom } from '../list/ListRoom.tsx'
import { dropRoomConnection } from '../board/roomConnection.ts'

export function ListPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation()
  const { config, error: configError } = useConfig()
  const [state] = useRoomSession(roomId)
  const blocked = state.kind === 'blocked' || configError !== null
  // A board opened early for a session the server refused is closed, not left to retry.
  useEffect(() => {
    if (blocked) dropRoomConnection()
  }, [blocked])

  if (blocked) {
    return (
      <>
        <main className="page narrow">
          <h1>Capital Room</h1>
          <p className="notice error" role="alert" data-testid="room-blocked">
            {configError ??
              t(`room.blocked.${state.kind === 'blocked' ? state.reason : 'cannotOpen'}`, {
                detail: state.kind === 'blocked' ? (state.detail ?? '') : '',
              })}
          </p>
          <p>{t('room.askForInvite')}</p>
        </main>
        <SiteFooter />
      </>
    )
  }
  if (state.kind === 'checking' || !config) {
    return (
      <main className="page narrow">
        <p className="muted">{t('room.opening')}</p>
      </main>
    )
  }
  return <ListRoom roomId={roomId} token={state.token} session={state.session} affiliations={config.affiliations} />
}
