/** What someone sees at / (or at an unknown path): how to get into a room. */
import { useTranslation } from 'react-i18next'

export function HomePage({ notFound = false }: { notFound?: boolean }) {
  const { t } = useTranslation()
  return (
    <main className="page narrow">
      <h1>Capital Room</h1>
      {notFound && <p className="notice error">{t('home.notFound')}</p>}
      <p>{t('home.openInvite')}</p>
      <p className="muted">{t('home.secretariat')}</p>
    </main>
  )
}
