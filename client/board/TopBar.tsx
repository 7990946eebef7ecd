/** The strip above the board: room, connection, role and who I am. */
import type { ReactNode } from 'react'
import type { PresenceUser } from '../../shared/protocol.ts'
import type { Room } from '../api/types.ts'
import type { ConnectionStatus } from './connection.ts'

const STATUS_HINT: Record<ConnectionStatus, string> = {
  connecting: 'Connecting to the room…',
  connected: 'Connected: your changes are shared live',
  offline: 'Offline: reconnecting… Your changes are kept and will be shared when the connection is back',
}

export function TopBar(props: {
  room: Room
  status: ConnectionStatus
  self: PresenceUser
  cityName: string
  readOnly: boolean
  /** In the middle: the agenda phase and the timer. */
  children?: ReactNode
}) {
  const { room, status, self } = props
  return (
    <header className="top-bar">
      <div className="top-bar-title">
        <h1>{room.title}</h1>
        <span className="muted">
          {room.date} · {room.hostCity}
        </span>
      </div>
      {props.children}
      <div className="top-bar-meta">
        <a href={`/rooms/${encodeURIComponent(room.id)}/list`} data-testid="list-link" title="The room as a list: for phones, keyboards and screen readers">
          List view
        </a>
        {/* A new tab, so the board stays connected while someone looks back at snapshots. */}
        <a href={`/rooms/${encodeURIComponent(room.id)}/review`} target="_blank" rel="noopener" data-testid="review-link" title="Snapshots, changes and the Capital Code">
          Review
        </a>
        {room.status === 'closed' && <span className="badge status-closed">closed</span>}
        <span className={`pill status-${status}`} title={STATUS_HINT[status]} role="status">
          <span className="dot" aria-hidden="true" />
          <span data-testid="connection-status">{status}</span>
        </span>
        <span className={`badge role-${self.role}`} data-testid="role-badge">
          {self.role === 'observer' ? 'Observer — read only' : props.readOnly ? `${self.role} — read only` : self.role}
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
