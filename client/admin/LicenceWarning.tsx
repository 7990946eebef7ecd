/** The secretariat's warning while the server runs without a tldraw licence key. */
import { useTranslation } from 'react-i18next'
import { placeElement } from '../i18n/placeElement.tsx'

export function LicenceWarning(props: { licenceKey: string | null | undefined }) {
  const { t } = useTranslation()
  if (props.licenceKey) return null
  return (
    <p className="notice error" role="alert" data-testid="licence-warning">
      {t('admin.licenceWarning')} {placeElement(t, 'admin.licenceSet', 'key', <code>TLDRAW_LICENSE_KEY</code>)}
    </p>
  )
}
