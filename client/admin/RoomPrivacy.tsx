/**
 * A room's data protection controls on the secretariat page: its retention date (`deleteAfter`), its
 * people with "Export data" and "Erase" (after a confirmation naming the person), and "Purge now".
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '../../shared/schema/participant.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import { eraseParticipant, exportParticipant, listParticipants, purgeRoom, setDeleteAfter } from '../api/privacy.ts'
import type { AdminRoom, Affiliation } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { formatDate, formatDateTime, formatList } from '../i18n/format.ts'
import { saveBlob } from '../saveBlob.ts'

export function RoomPrivacy(props: {
  token: string
  room: AdminRoom & { deleteAfter?: string | null; purgedAt?: string | null }
  affiliations: Affiliation[]
  onChanged: () => void
  onUnauthorized: () => void
}) {
  const { t } = useTranslation()
  const { room, token } = props
  const cityName = (id: string) => {
    const affiliation = props.affiliations.find((a) => a.id === id)
    return affiliation ? affiliationName(affiliation, t) : id
  }
  const [people, setPeople] = useState<Participant[] | null>(null)
  const [date, setDate] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

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
  const load = () => run(async () => setPeople((await listParticipants(token, room.id)).participants))

  const exportData = (person: Participant) =>
    run(async () => {
      const data = await exportParticipant(token, room.id, person.id)
      saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `participant-${person.id}.json`)
    })

  const erase = (person: Participant) => {
    if (!confirm(t('admin.privacy.confirmErase', { name: person.name, id: person.id }))) return
    void run(async () => {
      const report = await eraseParticipant(token, room.id, person.id)
      const changes = (['ideas', 'caseCards', 'snapshots', 'entries', 'nextSteps'] as const).map((what) =>
        t(`admin.privacy.${what}`, { count: report[what] }),
      )
      setNotice(t('admin.privacy.erased', { changes: formatList(changes) }))
      await load()
    })
  }

  const changeDate = () =>
    void run(async () => {
      await setDeleteAfter(token, room.id, date)
      setDate('')
      props.onChanged()
    })

  const purge = () => {
    if (!confirm(t('admin.privacy.confirmPurge', { title: room.title }))) return
    void run(async () => {
      await purgeRoom(token, room.id)
      props.onChanged()
    })
  }

  if (room.status === 'purged') {
    return (
      <p className="muted" data-testid="room-purged">
        {t('admin.privacy.purged', { date: room.purgedAt ? formatDateTime(room.purgedAt) : '–' })}
      </p>
    )
  }
  return (
    <details className="room-privacy" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>{t('admin.privacy.summary')}</summary>
      <div className="room-actions">
        <span data-testid="delete-after">
          {t('admin.privacy.deletedAfter')}{' '}
          <strong>
            {room.deleteAfter ? <time dateTime={room.deleteAfter}>{formatDate(room.deleteAfter)}</time> : '–'}
          </strong>
        </span>
        <label>
          {t('admin.privacy.newDate')}{' '}
          <input
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-label={t('admin.privacy.deleteAfter')}
          />
        </label>
        <button type="button" onClick={changeDate} disabled={busy || !date}>
          {t('admin.privacy.changeDate')}
        </button>
        <button type="button" className="danger" onClick={purge} disabled={busy}>
          {t('admin.privacy.purgeNow')}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="privacy-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {people?.length === 0 && <p className="muted">{t('admin.privacy.nobody')}</p>}
      {people && people.length > 0 && (
        <table className="audit-table" data-testid="participants-table">
          <caption className="muted small">{t('admin.privacy.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.privacy.name')}</th>
              <th scope="col">{t('admin.privacy.affiliation')}</th>
              <th scope="col">{t('admin.privacy.role')}</th>
              <th scope="col">{t('admin.privacy.joined')}</th>
              <th scope="col">{t('admin.privacy.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} data-participant-id={person.id}>
                <td>{person.name}</td>
                <td>{cityName(person.city)}</td>
                <td>{t(`roles.${person.role}`)}</td>
                <td>{formatDateTime(person.joinedAt)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => void exportData(person)}
                    disabled={busy}
                    aria-label={t('admin.privacy.exportDataOf', { name: person.name })}
                  >
                    {t('admin.privacy.exportData')}
                  </button>{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => erase(person)}
                    disabled={busy}
                    aria-label={t('admin.privacy.eraseName', { name: person.name })}
                  >
                    {t('admin.privacy.erase')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}
