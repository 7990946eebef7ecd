/** The language picker on every page: a native select, labelled in the current language. */
import { useTranslation } from 'react-i18next'
import { chooseLanguage } from './i18n.ts'
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from './languages.ts'

export function LanguagePicker({ className }: { className?: string }) {
  const { t, i18n } = useTranslation()
  const value = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'
  return (
    <label className={`language-picker ${className ?? ''}`}>
      <span>{t('common.language')}</span>
      <select
        value={value}
        onChange={(e) => isLanguage(e.target.value) && chooseLanguage(e.target.value)}
        data-testid="language-picker"
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  )
}
