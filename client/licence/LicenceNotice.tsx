/** Why the room shows as a list: tldraw's licence check failed, and what the secretariat must do. */
import { useTranslation } from 'react-i18next'
import { placeElement } from '../i18n/placeElement.tsx'
import { licenceProblemIn } from './licence.ts'
import './licence.css'

export function LicenceNotice() {
  const { t } = useTranslation()
  const problem = licenceProblemIn(location.search)
  if (!problem) return null
  return (
    <div className="notice error licence-notice" role="alert" data-testid="licence-notice">
      <strong>{t('licence.heading')}</strong> {t('licence.body', { problem: t(`licence.${problem}`) })}{' '}
      {placeElement(t, 'licence.secretariat', 'key', <code>TLDRAW_LICENSE_KEY</code>)}
    </div>
  )
}
