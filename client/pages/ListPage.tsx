/** /rooms/:roomId/list — the room as a live list: for phones, keyboards and screen readers. */
import { useTranslation } from 'react-i18next'
import { useConfig } from '../api/useConfig.ts'
import { useRoomSession } from '../api/useRoomSession.ts'
import { SiteFooter } from '../a11y/SiteFooter.tsx'
import { ListRoom } from '../list/ListRoom.tsx'

export function ListPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation()
  const { config, error: configError } = useConfig()
  const [state] = useRoomSession(roomId)

  if (state.kind === 'blocked' || configError) {
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
