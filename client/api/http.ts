/** The one way the client talks to the REST API: JSON in, JSON out, failures as ApiError values. */
import i18next from 'i18next'
import { apiFetch, takeEarly, type RequestOptions } from './apiFetch.ts'
import { errorDetail } from './errorDetail.ts'

/** The codes a failed call gets from the client itself: no answer at all, or an answer without `{ error }`. */
export const CLIENT_ERROR_CODES = ['network', 'http_error'] as const

/** A failed API call: the HTTP status plus the server's `{ error, message }` body. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response
  try {
    response = await (takeEarly(path, options) ?? apiFetch(path, options))
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.')
  }
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const { error, message } = (payload ?? {}) as { error?: unknown; message?: unknown }
    throw new ApiError(
      response.status,
      typeof error === 'string' ? error : 'http_error',
      typeof message === 'string' ? message : `The server answered ${response.status}.`,
    )
  }
  return payload as T
}

/**
 * What went wrong, for people, in the chosen language: the `errors.<code>` text, plus what the server's
 * message adds that the code does not (errorDetail.ts). A code this page has no text for (a server
 * newer than the page) gets a generic text naming its status and code: the server's message is
 * English, so only an English page shows it. An Error that is not an ApiError carries our own text.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error)
  const key = `errors.${error.code}`
  if (!i18next.exists(key)) {
    if ((i18next.resolvedLanguage ?? i18next.language) === 'en') return error.message
    return i18next.t('errorDetail.unknown', { status: error.status, code: error.code })
  }
  const text = i18next.t(key, { status: error.status })
  const detail = errorDetail(error.code, error.message)
  return detail ? `${text} ${detail}` : text
}
