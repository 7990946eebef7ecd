/** The one way the client talks to the REST API: JSON in, JSON out, failures as ApiError values. */
import i18next from 'i18next'

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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Bearer token: the secretariat's admin token or a participant's session token. */
  token?: string | null
  body?: unknown
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`/api${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
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
