/** /publication — The Capital Code: choose rooms, preview the HTML, download Markdown, HTML or PDF. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSignIn } from '../cities/useSignIn.ts'
import { PublicationDownloads } from '../publication/PublicationDownloads.tsx'
import { PublicationPreview } from '../publication/PublicationPreview.tsx'
import { RoomChooser } from '../publication/RoomChooser.tsx'
import { byDateDesc, usePublicationRooms } from '../publication/usePublicationRooms.ts'
import '../cities/cities.css'
import '../publication/publication.css'

export function PublicationPage() {
  const { t } = useTranslation()
  const signIn = useSignIn()
  const { token, rooms, error } = usePublicationRooms(signIn)
  const [chosen, setChosen] = useState<Set<string> | null>(null)
  const sorted = rooms ? [...rooms].sort(byDateDesc) : null

  // Every room to begin with: the Capital Code usually covers all of them.
  useEffect(() => {
    if (rooms && chosen === null) setChosen(new Set(rooms.map((r) => r.id)))
  }, [rooms, chosen])

  // In the rooms' order, so the same choice always asks for the same publication.
  const roomIds = (sorted ?? []).filter((r) => chosen?.has(r.id)).map((r) => r.id)
  return (
    <main className="page publication-page" data-testid="publication-page">
      <header className="page-head">
        <div>
          <p className="eyebrow">Nordic Safe Cities</p>
          <h1>The Capital Code</h1>
        </div>
        <nav className="page-links">{signIn?.admin && <a href="/admin">{t('publication.secretariat')}</a>}</nav>
      </header>
      {error && (
        <p className="notice error" role="alert">
          {error.reason === 'signInFirst'
            ? t('cityPage.signInFirst')
            : t('publication.cannotListAll', { detail: error.detail })}
        </p>
      )}
      {(!signIn || (!sorted && !error)) && <p className="muted">{t('publication.loading')}</p>}
      {token && sorted && chosen && (
        <div className="publication-grid">
          <div className="publication-side">
            <RoomChooser rooms={sorted} chosen={chosen} onChange={setChosen} />
            <PublicationDownloads token={token} roomIds={roomIds} />
            <p className="muted small">{t('publication.about')}</p>
          </div>
          <PublicationPreview token={token} roomIds={roomIds} />
        </div>
      )}
    </main>
  )
}
