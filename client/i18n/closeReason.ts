/**
 * Why the server closed the room's socket or refused its token, in the chosen language. The server
 * names it in English: ours in kebab-case (shared/protocol.ts CloseEvents and AuthFailures),
 * Hocuspocus's own in words ('Connection Timeout', 'permission-denied'); both are looked up as
 * `socketClose.reasons.<kebab-case>`. A reason with no text is named by its close code, or on an
 * English page as the server put it.
 */
import i18next from 'i18next'

/** The translation key's last part for a reason: 'Connection Timeout' → 'connection-timeout'. */
export function closeReasonKey(reason: string): string {
  return reason
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
}

/** `code` is the socket's close code, or null for a refused authentication (it has none). */
export function closeReasonText(reason: string, code: number | null): string {
  const key = `socketClose.reasons.${closeReasonKey(reason)}`
  if (reason && i18next.exists(key)) return i18next.t(key)
  if (reason && (i18next.resolvedLanguage ?? i18next.language) === 'en') return reason
  return code === null ? i18next.t('socketClose.none') : i18next.t('socketClose.code', { code })
}
