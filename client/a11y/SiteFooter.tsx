/** The footer of every page: the language picker and the accessibility statement. */
import { useTranslation } from 'react-i18next'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer" data-testid="site-footer">
      <LanguagePicker />
      <a href="/accessibility">{t('common.accessibilityStatement')}</a>
    </footer>
  )
}
