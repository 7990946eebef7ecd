/** The secretariat's form for a new Capital Room. */
import { useState, type FormEvent } from 'react'
import { createRoom } from '../api/endpoints.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import type { Affiliation } from '../api/types.ts'

export function CreateRoomForm(props: {
  token: string
  cities: Affiliation[]
  onCreated: () => void
  onUnauthorized: () => void
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const field = (name: string) => String(data.get(name) ?? '').trim()
    setBusy(true)
    setError(null)
    try {
      await createRoom(props.token, {
        title: field('title'),
        date: field('date'),
        hostCity: field('hostCity'),
        location: field('location'),
        agenda: field('agenda'),
        admission: field('admission') === 'open' ? 'open' : 'lobby',
      })
      form.reset()
      props.onCreated()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) props.onUnauthorized()
      else setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card form" data-testid="create-room-form" onSubmit={submit}>
      <h2>New Capital Room</h2>
      <label>
        Title
        <input name="title" required maxLength={200} placeholder="Capital Room Oslo 2026" />
      </label>
      <div className="row">
        <label>
          Date
          <input name="date" type="date" required />
        </label>
        <label>
          Host city
          <select name="hostCity" required defaultValue="">
            <option value="" disabled>
              Choose a city
            </option>
            {props.cities.map((city) => (
              <option key={city.id} value={city.name}>
                {city.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Location
        <input name="location" required maxLength={200} placeholder="City Hall, room 3" />
      </label>
      <label>
        Short agenda
        <textarea name="agenda" rows={3} maxLength={4000} />
      </label>
      <label>
        Admission
        <select name="admission" defaultValue="lobby">
          <option value="lobby">Lobby: a facilitator admits people who join through a participant link</option>
          <option value="open">Open: everyone with a link comes in at once</option>
        </select>
      </label>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create room'}
      </button>
    </form>
  )
}
