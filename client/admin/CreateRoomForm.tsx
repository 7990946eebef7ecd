/** The secretariat's form for a new Capital Room. */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { createRoom } from '../api/endpoints.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import type { Affiliation } from '../api/types.ts'

export function CreateRoomForm(props: {
  token: string
  cities: Affiliation[]
  onCreated: () => void
  onUnauthorized: () => void
}) {
  const { t } = useTranslation()
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
      <h2>{t('admin.create.heading')}</h2>
      <label>
        {t('admin.create.title')}
        <input name="title" required maxLength={200} placeholder={t('admin.create.titlePlaceholder')} />
      </label>
      <div className="row">
        <label>
          {t('admin.create.date')}
          <input name="date" type="date" required />
        </label>
        <label>
          {t('admin.create.hostCity')}
          <select name="hostCity" required defaultValue="">
            <option value="" disabled>
              {t('admin.create.chooseCity')}
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
        {t('admin.create.location')}
        <input name="location" required maxLength={200} placeholder={t('admin.create.locationPlaceholder')} />
      </label>
      <label>
        {t('admin.create.agenda')}
        <textarea name="agenda" rows={3} maxLength={4000} />
      </label>
      <label>
        {t('admin.admission')}
        <select name="admission" defaultValue="lobby">
          <option value="lobby">{t('admin.admissionLobby')}</option>
          <option value="open">{t('admin.admissionOpen')}</option>
        </select>
      </label>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('admin.create.creating') : t('admin.create.submit')}
      </button>
    </form>
  )
}
