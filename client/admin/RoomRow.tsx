/**
 * One room in the secretariat's list: status, who is online, admission, invite links (facilitator,
 * observer, secretariat, and one participant link per affiliation), the roster and closing.
 */
import { useEffect, useState } from 'react'
import { changeInvite, closeRoom, setAdmission } from '../api/endpoints.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import type { AdminRoom, Affiliation, LinkKey } from '../api/types.ts'
import { AuditTrail } from './AuditTrail.tsx'
import { InviteLink } from './InviteLink.tsx'
import { RoomPrivacy } from './RoomPrivacy.tsx'
import { RosterPanel } from './RosterPanel.tsx'

const SHARED_LINKS = [
  { key: 'facilitator', label: 'Facilitator' },
  { key: 'observer', label: 'Observer' },
  { key: 'secretariat', label: 'Secretariat' },
] as const

export function RoomRow(props: {
  token: string
  room: AdminRoom
  affiliations: Affiliation[]
  onChanged: () => void
  onUnauthorized: () => void
}) {
  const { room } = props
  // The answer of a Regenerate/Revoke shows at once; the next list refresh takes over again.
  const [changedLinks, setChangedLinks] = useState<AdminRoom['links'] | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new room object (the list refreshed) is the trigger
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

  const changeLink = (link: LinkKey, label: string, action: 'regenerate' | 'revoke', revokeSessions: boolean) => {
    if (action === 'revoke' && !confirm(`Revoke the ${label} link? Nobody can join with it any more.`)) return
    if (revokeSessions && !confirm(`Regenerate the ${label} link and sign out everyone who joined through it?`)) return
    void run(async () => {
      setChangedLinks((await changeInvite(props.token, room.id, link, action, revokeSessions)).links)
      props.onChanged()
    })
  }

  const changeAdmission = (admission: AdminRoom['admission']) =>
    void run(async () => {
      await setAdmission(props.token, room.id, admission)
      props.onChanged()
    })
  const participantLinks = props.affiliations.filter((a) => a.id !== 'secretariat')

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
      <label className="admission">
        Admission
        <select
          value={room.admission}
          disabled={busy || room.status === 'closed'}
          onChange={(event) => changeAdmission(event.currentTarget.value as AdminRoom['admission'])}
        >
          <option value="lobby">Lobby: a facilitator admits people who join through a participant link</option>
          <option value="open">Open: everyone with a link comes in at once</option>
        </select>
      </label>
      <div className="invites">
        {SHARED_LINKS.map(({ key, label }) => (
          <InviteLink
            key={key}
            label={label}
            testKey={key}
            link={links[key]}
            busy={busy || room.status === 'closed' || room.status === 'purged'}
            onChange={(action, revokeSessions) => changeLink(key, label, action, revokeSessions)}
          />
        ))}
      </div>
      <details className="invites participant-links">
        <summary>Participant links, one per affiliation</summary>
        {participantLinks.map((affiliation) => (
          <InviteLink
            key={affiliation.id}
            label={`Participant, ${affiliation.name}`}
            testKey={`participant-${affiliation.id}`}
            link={links.participant[affiliation.id] ?? null}
            busy={busy || room.status === 'closed' || room.status === 'purged'}
            onChange={(action, revokeSessions) =>
              changeLink({ affiliation: affiliation.id }, `${affiliation.name} participant`, action, revokeSessions)
            }
          />
        ))}
      </details>
      <RosterPanel
        token={props.token}
        roomId={room.id}
        affiliations={props.affiliations}
        closed={room.status === 'closed' || room.status === 'purged'}
      />
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
