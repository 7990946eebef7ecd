/** The strip above the board: room, connection, role and who I am; the list view, language and accessibility statement. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PresenceUser } from '../../shared/protocol.ts'
import type { Room } from '../api/types.ts'
import { formatDate } from '../i18n/format.ts'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import type { ConnectionStatus } from './connection.ts'

export function TopBar(props: {
  room: Room
  status: ConnectionStatus
  self: PresenceUser
  cityName: string
  readOnly: boolean
  /** In the middle: the agenda phase and the timer. */
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const { room, status, self } = props
  const role = t(`roles.${self.role}`)
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        <h1>{room.title}</h1>
        <span className="muted">
          {formatDate(room.date)} · {room.hostCity}
        </span>
      </div>
      {props.children}
      <div className="top-bar-meta">
        <a href={`/rooms/${encodeURIComponent(room.id)}/list`} data-testid="list-link" title={t('board.listViewHint')}>
          {t('board.listView')}
        </a>
        {/* A new tab, so the board stays connected while someone looks back at snapshots. */}
        <a
          href={`/rooms/${encodeURIComponent(room.id)}/review`}
          target="_blank"
          rel="noopener"
          data-testid="review-link"
          title={t('board.reviewHint')}
        >
          {t('list.toReview')}
        </a>
        <a href="/accessibility" target="_blank" rel="noopener" data-testid="accessibility-link">
          {t('common.accessibility')}
        </a>
        <LanguagePicker className="compact" />
        {room.status === 'closed' && <span className="badge status-closed">{t('list.closedShort')}</span>}
        <span className={`pill status-${status}`} title={t(`connection.hint.${status}`)} role="status">
          <span className="dot" aria-hidden="true" />
          <span data-testid="connection-status">{t(`connection.${status}`)}</span>
        </span>
        <span className={`badge role-${self.role}`} data-testid="role-badge">
          {self.role === 'observer' || props.readOnly ? t('board.readOnlyRole', { role }) : role}
        </span>
        <span className="self" data-testid="self">
          <span className="dot" style={{ background: self.color }} aria-hidden="true" />
          {self.name}
          <span className="muted"> · {props.cityName}</span>
        </span>
      </div>
    </header>
  )
}
