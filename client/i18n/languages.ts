/**
 * The languages of our own texts, and which of tldraw's translations its menus use for each.
 * tldraw has no Icelandic: its menus fall back to English there, our texts do not.
 */
export const LANGUAGES = ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language's name in itself, for the picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  da: 'Dansk',
  fi: 'Suomi',
  is: 'Íslenska',
}

const TLDRAW_LOCALES: Record<Language, string> = { en: 'en', sv: 'sv', nb: 'no', da: 'da', fi: 'fi', is: 'en' }

export function isLanguage(code: string | null | undefined): code is Language {
  return (LANGUAGES as readonly string[]).includes(code ?? '')
}

/** tldraw's locale for our language (tldraw calls Norwegian `no`; Icelandic → English). */
export function tldrawLocale(language: string): string {
  return isLanguage(language) ? TLDRAW_LOCALES[language] : 'en'
}

/**
 * Our language for a browser or URL language tag: `sv-SE` → `sv`; Norwegian `no` and Nynorsk `nn`
 * → `nb` (the nearest we have); anything else → null.
 */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null
  const base = tag.toLowerCase().split(/[-_]/)[0]
  if (base === 'no' || base === 'nn') return 'nb'
  return isLanguage(base) ? base : null
}
