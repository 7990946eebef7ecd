/** /admin — the secretariat creates rooms and hands out invite links. */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CreateRoomForm } from '../admin/CreateRoomForm.tsx'
import { LicenceWarning } from '../admin/LicenceWarning.tsx'
import { RoomRow } from '../admin/RoomRow.tsx'
import { useAdminToken } from '../admin/useAdminToken.ts'
import { listRooms } from '../api/endpoints.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import type { AdminRoom } from '../api/types.ts'
import { useConfig } from '../api/useConfig.ts'
import { CityNav } from '../cities/CityNav.tsx'
import '../cities/cities.css'

export function AdminPage() {
  const { t } = useTranslation()
  const { token, forget } = useAdminToken()
  const { config, error: configError } = useConfig()
  const [rooms, setRooms] = useState<AdminRoom[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [unauthorized, setUnauthorized] = useState(false)

  const onUnauthorized = useCallback(() => {
    forget()
    setUnauthorized(true)
  }, [forget])

  const refresh = useCallback(async () => {
    if (!token) return
    try {
      setRooms((await listRooms(token)).rooms)
      setError(null)
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized()
      else setError(errorMessage(err))
    }
  }, [token, onUnauthorized])

  useEffect(() => {
    void refresh()
    // Keep status and online counts current while the page is open.
    const timer = setInterval(() => void refresh(), 15_000)
    return () => clearInterval(timer)
  }, [refresh])

  if (!token) {
    return (
      <main className="page narrow">
        <h1>{t('admin.heading')}</h1>
        <p className="notice error" role="alert" data-testid="admin-signin-required">
          {unauthorized ? t('admin.signInInvalid') : t('admin.signInRequired')}
        </p>
      </main>
    )
  }

  const cities = config?.affiliations.filter((a) => a.kind === 'city') ?? []
  return (
    <main className="page">
      <header className="page-head">
        <h1>{t('admin.title')}</h1>
        <nav className="page-links">
          <a href="/publication" data-testid="publication-link">
            {t('admin.publication')}
          </a>
          <button type="button" onClick={forget}>
            {t('admin.signOut')}
          </button>
        </nav>
      </header>
      <CityNav cities={cities} />
      {configError && <p className="notice error">{configError}</p>}
      {config && <LicenceWarning licenceKey={config.tldrawLicenseKey} />}
      <div className="admin-grid">
        <CreateRoomForm
          token={token}
          cities={cities}
          onCreated={() => void refresh()}
          onUnauthorized={onUnauthorized}
        />
        <section aria-labelledby="rooms-heading">
          <h2 id="rooms-heading">{t('admin.rooms')}</h2>
          {error && (
            <p className="notice error" role="alert">
              {error}
            </p>
          )}
          {rooms === null && !error && <p className="muted">{t('admin.loading')}</p>}
          {rooms?.length === 0 && <p className="muted">{t('admin.noRooms')}</p>}
          <ul className="room-list">
            {rooms?.map((room) => (
              <RoomRow
                key={room.id}
                token={token}
                room={room}
                affiliations={config?.affiliations ?? []}
                onChanged={() => void refresh()}
                onUnauthorized={onUnauthorized}
              />
            ))}
          </ul>
        </section>
      </div>
    </main>
  )
}
