/** Dates and times in the chosen language, through Intl (one format everywhere). */
import { currentLanguage } from './i18n.ts'

const locale = () => currentLanguage()

/** "18 March 2027" / "18. mars 2027" from an ISO date or date-time. */
export function formatDate(value: string | number | Date): string {
  const date = toDate(value)
  return date ? new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date) : String(value)
}

/** "18 Mar 2027, 14:05" in the chosen language. */
export function formatDateTime(value: string | number | Date): string {
  const date = toDate(value)
  return date
    ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
    : String(value)
}

/** "14:05". */
export function formatTime(value: string | number | Date): string {
  const date = toDate(value)
  return date ? new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(date) : String(value)
}

/** "Oslo and Helsinki" / "Oslo och Helsingfors" style lists. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items)
}

function toDate(value: string | number | Date): Date | null {
  // A plain date (YYYY-MM-DD) is a calendar day, not midnight UTC.
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
