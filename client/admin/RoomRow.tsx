/**
 * One room in the secretariat's list: status, who is online, admission, invite links (facilitator,
 * observer, secretariat, and one participant link per affiliation), the roster and closing.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { changeInvite, closeRoom, setAdmission } from '../api/endpoints.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import type { AdminRoom, Affiliation, LinkKey } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { formatDate } from '../i18n/format.ts'
import { AuditTrail } from './AuditTrail.tsx'
import { InviteLink } from './InviteLink.tsx'
import { RoomPrivacy } from './RoomPrivacy.tsx'
import { RosterPanel } from './RosterPanel.tsx'

/** The links every room has, and the message key of each one's name. */
const SHARED_LINKS = [
  { key: 'facilitator', label: 'roles.facilitator' },
  { key: 'observer', label: 'roles.observer' },
  { key: 'secretariat', label: 'admin.links.secretariat' },
] as const

export function RoomRow(props: {
  token: string
  room: AdminRoom
  affiliations: Affiliation[]
  onChanged: () => void
  onUnauthorized: () => void
}) {
  const { t } = useTranslation()
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
    if (action === 'revoke' && !confirm(t('admin.links.confirmRevoke', { label }))) return
    if (revokeSessions && !confirm(t('admin.links.confirmSignOut', { label }))) return
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
    if (!confirm(t('admin.room.confirmClose', { title: room.title }))) return
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
            {formatDate(room.date)} · {room.hostCity} · {room.location}
          </p>
        </div>
        <div className="room-meta">
          <span className={`badge status-${room.status}`} data-testid="room-status">
            {t(`admin.room.status.${room.status}`)}
          </span>
          <span className="muted" data-testid="room-online">
            {t('admin.room.online', { count: room.online })}
          </span>
        </div>
      </div>
      {room.agenda && <p className="agenda">{room.agenda}</p>}
      <label className="admission">
        {t('admin.admission')}
        <select
          value={room.admission}
          disabled={busy || room.status === 'closed'}
          onChange={(event) => changeAdmission(event.currentTarget.value as AdminRoom['admission'])}
        >
          <option value="lobby">{t('admin.admissionLobby')}</option>
          <option value="open">{t('admin.admissionOpen')}</option>
        </select>
      </label>
      <div className="invites">
        {SHARED_LINKS.map(({ key, label }) => (
          <InviteLink
            key={key}
            label={t(label)}
            testKey={key}
            link={links[key]}
            busy={busy || room.status === 'closed' || room.status === 'purged'}
            onChange={(action, revokeSessions) => changeLink(key, t(label), action, revokeSessions)}
          />
        ))}
      </div>
      <details className="invites participant-links">
        <summary>{t('admin.links.participantLinks')}</summary>
        {participantLinks.map((affiliation) => (
          <InviteLink
            key={affiliation.id}
            label={t('admin.links.participant', { city: affiliationName(affiliation, t) })}
            testKey={`participant-${affiliation.id}`}
            link={links.participant[affiliation.id] ?? null}
            busy={busy || room.status === 'closed' || room.status === 'purged'}
            onChange={(action, revokeSessions) =>
              changeLink(
                { affiliation: affiliation.id },
                t('admin.links.participant', { city: affiliationName(affiliation, t) }),
                action,
                revokeSessions,
              )
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
        <span className="muted">{t('admin.room.roomId', { id: room.id })}</span>
        {room.status !== 'closed' && room.status !== 'purged' && (
          <button type="button" className="danger" onClick={close} disabled={busy}>
            {t('admin.room.close')}
          </button>
        )}
      </div>
      <RoomPrivacy
        token={props.token}
        room={room}
        affiliations={props.affiliations}
        onChanged={props.onChanged}
        onUnauthorized={props.onUnauthorized}
      />
      <AuditTrail token={props.token} roomId={room.id} onUnauthorized={props.onUnauthorized} />
    </li>
  )
}
