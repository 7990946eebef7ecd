/** The list view's banner: the room, its phase, the timer in words, the lock, and the way to the canvas. */
import { useTranslation } from 'react-i18next'
import type { PresenceUser } from '../../shared/protocol.ts'
import type { Affiliation, Room } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import type { ConnectionStatus } from '../board/connection.ts'
import type { Control } from '../board/control.ts'
import { formatDate } from '../i18n/format.ts'
import { phaseName } from '../i18n/phaseName.ts'
import { preferCanvas, roomPaths } from './roomPaths.ts'
import { ListTimer } from './ListTimer.tsx'

export function ListHeader(props: {
  room: Room
  control: Control
  status: ConnectionStatus
  self: PresenceUser
  affiliations: Affiliation[]
}) {
  const { t } = useTranslation()
  const { room, control, self } = props
  const { phases, phase, locked, timer } = control.state
  const index = Math.min(phase, phases.length - 1)
  const affiliation = props.affiliations.find((a) => a.id === self.city)
  const cityName = affiliation ? affiliationName(affiliation, t) : self.city
  return (
    <header className="list-header">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <div className="list-title">
        <h1 data-testid="list-room-title">{room.title}</h1>
        <p className="muted">
          {formatDate(room.date)} · {room.hostCity}
        </p>
      </div>
      <dl className="list-state">
        <div>
          <dt>{t('list.phase')}</dt>
          <dd data-testid="list-phase">
            {t('list.phaseValue', { n: index + 1, total: phases.length, name: phaseName(phases[index], t) })}
          </dd>
        </div>
        <div>
          <dt>{t('list.timer')}</dt>
          <dd>
            <ListTimer timer={timer} serverNow={control.serverNow} />
          </dd>
        </div>
        <div>
          <dt>{t('list.board')}</dt>
          <dd data-testid="list-locked" data-locked={locked}>
            {room.status === 'closed' ? t('list.closedShort') : locked ? t('list.locked') : t('list.open')}
          </dd>
        </div>
        <div>
          <dt>{t('list.you')}</dt>
          <dd data-testid="self">
            {self.name} · {cityName} · {t(`roles.${self.role}`)}
            <span className={`pill status-${props.status}`}>
              <span className="dot" aria-hidden="true" />
              <span data-testid="connection-status">{t(`connection.${props.status}`)}</span>
            </span>
          </dd>
        </div>
      </dl>
      <nav className="list-nav" aria-label={t('list.roomNav')}>
        <a href={roomPaths.board(room.id)} onClick={() => preferCanvas.set(room.id)} data-testid="canvas-link">
          {t('list.toCanvas')}
        </a>
        <a href={roomPaths.review(room.id)} target="_blank" rel="noopener">
          {t('list.toReview')}
        </a>
      </nav>
    </header>
  )
}
