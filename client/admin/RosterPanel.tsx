/**
 * The secretariat's roster of a room: register attendees before the room (one at a time, or a CSV of
 * name, affiliation and role), each with a personal link shown as text and as a QR code. A personal
 * link is one person on any device, already admitted.
 */
import { useCallback, useState, type ChangeEvent, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { getRoster, registerAttendee, registerAttendeesCsv } from '../api/endpoints.ts'
import { errorMessage } from '../api/http.ts'
import type { Affiliation, Role, RosterEntryView } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { QrCode } from './QrCode.tsx'

const ROLES: readonly Role[] = ['facilitator', 'participant', 'observer']

export function RosterPanel(props: { token: string; roomId: string; affiliations: Affiliation[]; closed: boolean }) {
  const { t } = useTranslation()
  const [roster, setRoster] = useState<RosterEntryView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    try {
      setRoster((await getRoster(props.token, props.roomId)).roster)
    } catch (err) {
      setError(errorMessage(err))
    }
  }, [props.token, props.roomId])

  async function run(action: () => Promise<unknown>) {
    setBusy(true)
    setError(null)
    try {
      await action()
      await refresh()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const entry = {
      name: String(data.get('name') ?? '').trim(),
      affiliation: String(data.get('affiliation') ?? ''),
      role: String(data.get('role') ?? 'participant') as Role,
    }
    void run(async () => {
      await registerAttendee(props.token, props.roomId, entry)
      form.reset()
    })
  }

  function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    void run(async () => {
      await registerAttendeesCsv(props.token, props.roomId, await file.text())
      input.value = ''
    })
  }

  return (
    <details
      className="roster"
      data-testid="roster"
      onToggle={(event) => {
        if (event.currentTarget.open && roster === null) void refresh()
      }}
    >
      <summary>{t('admin.roster.summary')}</summary>
      {!props.closed && (
        <form className="roster-form" onSubmit={add}>
          <label>
            {t('admin.roster.name')}
            <input name="name" required maxLength={80} />
          </label>
          <label>
            {t('admin.roster.affiliation')}
            <select name="affiliation" required defaultValue="">
              <option value="" disabled>
                {t('join.choose')}
              </option>
              {props.affiliations.map((a) => (
                <option key={a.id} value={a.id}>
                  {affiliationName(a, t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('admin.roster.role')}
            <select name="role" defaultValue="participant">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            {t('admin.roster.add')}
          </button>
          <label className="csv-upload">
            {t('admin.roster.csv')}
            <input type="file" accept=".csv,text/csv" onChange={upload} disabled={busy} />
          </label>
        </form>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <ul className="roster-list">
        {roster?.map(({ participant, link }) => {
          const affiliation = props.affiliations.find((a) => a.id === participant.city)
          return (
            <li key={participant.id} data-testid="roster-entry">
              <QrCode text={link} label={t('admin.roster.qrCode', { name: participant.name })} />
              <div>
                <strong>{participant.name}</strong> · {affiliation ? affiliationName(affiliation, t) : participant.city}{' '}
                · {t(`roles.${participant.role}`)}
                <input
                  readOnly
                  value={link}
                  aria-label={t('admin.roster.personalLink', { name: participant.name })}
                  onFocus={(event) => event.currentTarget.select()}
                />
              </div>
            </li>
          )
        })}
        {roster?.length === 0 && <li className="muted">{t('admin.roster.nobody')}</li>}
      </ul>
    </details>
  )
}
