/** One room in the secretariat's list: status, who is online, invite links and closing. */
import { useEffect, useState } from 'react'
import { changeInvite, closeRoom } from '../api/endpoints.ts'
import { ROLES } from '../../shared/schema/room.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import type { AdminRoom, Role } from '../api/types.ts'
import { AuditTrail } from './AuditTrail.tsx'
import { InviteLink } from './InviteLink.tsx'
import { RoomPrivacy } from './RoomPrivacy.tsx'

export function RoomRow(props: { token: string; room: AdminRoom; onChanged: () => void; onUnauthorized: () => void }) {
  const { room } = props
  // The answer of a Regenerate/Revoke shows at once; the next list refresh takes over again.
  const [changedLinks, setChangedLinks] = useState<AdminRoom['links'] | null>(null)
  useEffect(() => setChangedLinks(null), [room])
  const links = changedLinks ?? room.links
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(action: () => Promise<void>) {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) props.onUnauthorized()
      else setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  const changeLink = (role: Role, action: 'regenerate' | 'revoke') => {
    if (action === 'revoke' && !confirm(`Revoke the ${role} link? Nobody can join with it any more.`)) return
    void run(async () => {
      setChangedLinks((await changeInvite(props.token, room.id, role, action)).links)
      props.onChanged()
    })
  }

  const close = () => {
    if (!confirm(`Close “${room.title}”? The board becomes read-only for everyone.`)) return
    void run(async () => {
      await closeRoom(props.token, room.id)
      props.onChanged()
    })
  }

  return (
    <li className="card room-row" data-testid="room-row" data-room-id={room.id}>
      <div className="room-head">
        <div>
          <h3>{room.title}</h3>
          <p className="muted">
            {room.date} · {room.hostCity} · {room.location}
          </p>
        </div>
        <div className="room-meta">
          <span className={`badge status-${room.status}`} data-testid="room-status">
            {room.status}
          </span>
          <span className="muted" data-testid="room-online">
            {room.online} online
          </span>
        </div>
      </div>
      {room.agenda && <p className="agenda">{room.agenda}</p>}
      <div className="invites">
        {ROLES.map((role) => (
          <InviteLink key={role} role={role} link={links[role]} busy={busy || room.status === 'closed' || room.status === 'purged'} onChange={(action) => changeLink(role, action)} />
        ))}
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="room-actions">
        <span className="muted">Room id: {room.id}</span>
        {room.status !== 'closed' && room.status !== 'purged' && (
          <button type="button" className="danger" onClick={close} disabled={busy}>
            Close room
          </button>
        )}
      </div>
      <RoomPrivacy token={props.token} room={room} onChanged={props.onChanged} onUnauthorized={props.onUnauthorized} />
      <AuditTrail token={props.token} roomId={room.id} onUnauthorized={props.onUnauthorized} />
    </li>
  )
}
