/**
 * Dates and times in the chosen language, through Intl (one format everywhere). A browser whose Intl
 * lacks the language (Debian's Chromium has no Icelandic data) would fall back to American English;
 * it gets the Nordic numeric forms instead (3.12.2026, 14:05), which read correctly in Icelandic.
 */
import { currentLanguage } from './i18n.ts'

const locale = () => currentLanguage()
const supported = (language: string) => Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0
const pad = (n: number) => String(n).padStart(2, '0')
const numericDate = (d: Date) => `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`
const numericTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`

/** "18 March 2027" / "18. mars 2027" from an ISO date or date-time. */
export function formatDate(value: string | number | Date): string {
  const date = toDate(value)
  if (!date) return String(value)
  return supported(locale()) ? new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date) : numericDate(date)
}

/** "18 Mar 2027, 14:05" in the chosen language. */
export function formatDateTime(value: string | number | Date): string {
  const date = toDate(value)
  if (!date) return String(value)
  return supported(locale())
    ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
    : `${numericDate(date)} ${numericTime(date)}`
}

/** "14:05". */
export function formatTime(value: string | number | Date): string {
  const date = toDate(value)
  if (!date) return String(value)
  return supported(locale())
    ? new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(date)
    : numericTime(date)
}

/** "Oslo and Helsinki" / "Oslo och Helsingfors" style lists. */
export function formatList(items: string[]): string {
  if (!Intl.ListFormat.supportedLocalesOf([locale()]).length) return items.join(', ')
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items)
}

function toDate(value: string | number | Date): Date | null {
  // A plain date (YYYY-MM-DD) is a calendar day, not midnight UTC.
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
