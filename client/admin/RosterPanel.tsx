/**
 * The secretariat's roster of a room: register attendees before the room (one at a time, or a CSV of
 * name, affiliation and role), each with a personal link shown as text and as a QR code. A personal
 * link is one person on any device, already admitted.
 */
import { useCallback, useState, type ChangeEvent, type FormEvent } from 'react'
import { getRoster, registerAttendee, registerAttendeesCsv } from '../api/endpoints.ts'
import { errorMessage } from '../api/http.ts'
import type { Affiliation, Role, RosterEntryView } from '../api/types.ts'
import { QrCode } from './QrCode.tsx'

const ROLE_NAMES: Record<Role, string> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  observer: 'Observer',
}

export function RosterPanel(props: { token: string; roomId: string; affiliations: Affiliation[]; closed: boolean }) {
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
      <summary>Roster and personal links</summary>
      {!props.closed && (
        <form className="roster-form" onSubmit={add}>
          <label>
            Attendee name
            <input name="name" required maxLength={80} />
          </label>
          <label>
            Affiliation
            <select name="affiliation" required defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {props.affiliations.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Role
            <select name="role" defaultValue="participant">
              {Object.entries(ROLE_NAMES).map(([role, name]) => (
                <option key={role} value={role}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            Add attendee
          </button>
          <label className="csv-upload">
            Upload a CSV (name, affiliation, role)
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
        {roster?.map(({ participant, link }) => (
          <li key={participant.id} data-testid="roster-entry">
            <QrCode text={link} label={`QR code of ${participant.name}'s personal link`} />
            <div>
              <strong>{participant.name}</strong> ·{' '}
              {props.affiliations.find((a) => a.id === participant.city)?.name ?? participant.city} ·{' '}
              {ROLE_NAMES[participant.role]}
              <input
                readOnly
                value={link}
                aria-label={`Personal link of ${participant.name}`}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          </li>
        ))}
        {roster?.length === 0 && <li className="muted">Nobody registered yet.</li>}
      </ul>
    </details>
  )
}
