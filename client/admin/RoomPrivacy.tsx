/**
 * A room's data protection controls on the secretariat page: its retention date (`deleteAfter`), its
 * people with "Export data" and "Erase" (after a confirmation naming the person), and "Purge now".
 */
import { useState } from 'react'
import type { Participant } from '../../shared/schema/participant.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import { eraseParticipant, exportParticipant, listParticipants, purgeRoom, setDeleteAfter } from '../api/privacy.ts'
import type { AdminRoom } from '../api/types.ts'
import { saveBlob } from '../saveBlob.ts'

export function RoomPrivacy(props: {
  token: string
  room: AdminRoom & { deleteAfter?: string | null; purgedAt?: string | null }
  onChanged: () => void
  onUnauthorized: () => void
}) {
  const { room, token } = props
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
    if (
      !confirm(
        `Erase ${person.name} (${person.id})? Their name leaves the board, every snapshot, the Capital Code and the publication, and their session ends. This cannot be undone.`,
      )
    )
      return
    void run(async () => {
      const report = await eraseParticipant(token, room.id, person.id)
      setNotice(
        `Erased: ${report.ideas} ideas, ${report.caseCards} case cards, ${report.snapshots} snapshots, ${report.entries} entries and ${report.nextSteps} next steps changed.`,
      )
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
    if (
      !confirm(
        `Purge “${room.title}” now? Its board, snapshots, participants and invites are deleted; only approved entries and next steps stay, without authors. This cannot be undone.`,
      )
    )
      return
    void run(async () => {
      await purgeRoom(token, room.id)
      props.onChanged()
    })
  }

  if (room.status === 'purged') {
    return (
      <p className="muted" data-testid="room-purged">
        Purged on {room.purgedAt ? new Date(room.purgedAt).toLocaleString() : '–'}: only its approved entries and next
        steps remain.
      </p>
    )
  }
  return (
    <details className="room-privacy" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>People and data retention</summary>
      <div className="room-actions">
        <span data-testid="delete-after">
          Deleted after <strong>{room.deleteAfter ?? '–'}</strong>
        </span>
        <label>
          New date{' '}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-label="Delete after" />
        </label>
        <button type="button" onClick={changeDate} disabled={busy || !date}>
          Change date
        </button>
        <button type="button" className="danger" onClick={purge} disabled={busy}>
          Purge now
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
      {people?.length === 0 && <p className="muted">Nobody has joined.</p>}
      {people && people.length > 0 && (
        <table className="audit-table" data-testid="participants-table">
          <caption className="muted small">Everyone who joined this room.</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Affiliation</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} data-participant-id={person.id}>
                <td>{person.name}</td>
                <td>{person.city}</td>
                <td>{person.role}</td>
                <td>{new Date(person.joinedAt).toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => void exportData(person)}
                    disabled={busy}
                    aria-label={`Export data of ${person.name}`}
                  >
                    Export data
                  </button>{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => erase(person)}
                    disabled={busy}
                    aria-label={`Erase ${person.name}`}
                  >
                    Erase
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
