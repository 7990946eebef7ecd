/** The one way the client talks to the REST API: JSON in, JSON out, failures as ApiError values. */
import i18next from 'i18next'
import { apiFetch, takeEarly, type RequestOptions } from './apiFetch.ts'

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
 * What went wrong, for people: in the chosen language when we know the error's code (`errors.<code>`
 * in the locales), else the server's own message.
 */
export function errorMessage(error: unknown): string {
  const key = error instanceof ApiError ? `errors.${error.code}` : null
  if (key && i18next.exists(key)) return i18next.t(key, { status: (error as ApiError).status })
  return error instanceof Error ? error.message : String(error)
}
