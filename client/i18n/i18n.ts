/**
 * i18next for every text of ours (react-i18next in components, plural rules from Intl.PluralRules).
 * The language comes from `?lang=<code>`, then the one chosen in this browser, then the browser's
 * own; it sets `<html lang>`. i18next-browser-languagedetector reads those three places.
 */
import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { isLanguage, LANGUAGES, matchLanguage, type Language } from './languages.ts'
import { resources } from './locales/index.ts'

export const LANGUAGE_STORAGE_KEY = 'capital-room:lang'

export function initI18n() {
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        // Only a choice is remembered (the picker, or ?lang): see rememberLanguage.
        caches: [],
        convertDetectedLanguage: (tag: string) => matchLanguage(tag) ?? tag,
      },
    })
  const fromUrl = matchLanguage(new URLSearchParams(location.search).get('lang'))
  if (fromUrl) rememberLanguage(fromUrl)
  const sync = (language: string) => {
    document.documentElement.lang = isLanguage(language) ? language : 'en'
  }
  i18next.on('languageChanged', sync)
  sync(i18next.resolvedLanguage ?? i18next.language)
}

/** Switch to `language` and remember it in this browser. */
export function chooseLanguage(language: Language) {
  rememberLanguage(language)
  void i18next.changeLanguage(language)
}

function rememberLanguage(language: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Storage disabled: the choice lasts for this page.
  }
}

/** The language in use (one of ours). */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language
  return isLanguage(language) ? language : 'en'
}
