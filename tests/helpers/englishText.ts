/**
 * Which of our English texts a page shows in another language: the English messages (placeholders
 * cut out) that the language words differently, found as whole words in the page's visible text and
 * in the names a screen reader reads. Names, room titles and idea texts are the test's own data.
 */
import type { Page } from 'playwright-core'
import type { Language } from '../../client/i18n/languages.ts'
import { messages } from '../../client/i18n/locales/index.ts'

/** Leaves of a messages object as [key, text]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as object).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Our English fragments (4+ letters, placeholders cut out) that `language` words differently. */
export function englishFragments(language: Language): string[] {
  const own = new Map(leaves(messages[language]))
  const fragments = new Set<string>()
  for (const [key, english] of leaves(messages.en)) {
    const translated = own.get(key) ?? ''
    for (const part of english.split(/\{\{\w+\}\}|<\/?\w+>/)) {
      const fragment = part.replace(/[():.,…?—–-]+$/g, '').trim()
      if (fragment.replace(/[^A-Za-z]/g, '').length >= 4 && !translated.includes(fragment)) fragments.add(fragment)
    }
  }
  // Dates come from Intl: an English month name means a date was not formatted in the language.
  for (const month of MONTHS) fragments.add(month)
  return [...fragments]
}

/**
 * The page's visible text and the names a screen reader reads (labels, titles, placeholders), leaving
 * out tldraw's own menus and toolbars (`.tlui-layout`: tldraw's texts, English where tldraw lacks the
 * language, as in Icelandic by design); our shapes on a canvas are in.
 */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const tldrawUi = [...document.querySelectorAll<HTMLElement>('.tlui-layout')]
    const names = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')]
      .filter((el) => !el.closest('.tlui-layout'))
      .map((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name)).join(' '))
    const display = tldrawUi.map((el) => el.style.display)
    for (const el of tldrawUi) el.style.display = 'none'
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text, as a reader sees it
    const visible = document.body.innerText
    tldrawUi.forEach((el, i) => {
      el.style.display = display[i]
    })
    return `${visible}\n${names.join('\n')}`
  })
}

/** Names, the same in every language: "Nordic Safe Cities" is not the English word "Cities". */
const NAMES = ['Nordic Safe Cities', 'The Capital Code', 'Capital Rooms', 'Capital Room']

/** The English fragments of ours that the page shows (whole words: Swedish "minuter" is not "minute"). */
export async function englishOnPage(page: Page, language: Language): Promise<string[]> {
  const text = NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), await pageText(page))
  const escapeRegExp = (fragment: string) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return englishFragments(language).filter((fragment) =>
    new RegExp(`(?<!\\p{L})${escapeRegExp(fragment)}(?!\\p{L})`, 'u').test(text),
  )
}
