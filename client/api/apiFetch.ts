/**
 * The HTTP side of an API call, apart from http.ts (which needs i18next) so that client/earlyStart.ts
 * can start a page's first requests before the app's code has loaded. A request started that way is
 * taken by the first apiRequest (http.ts) for the same path and token, within a few seconds.
 */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Bearer token: the secretariat's admin token or a participant's session token. */
  token?: string | null
  body?: unknown
}

export function apiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  return fetch(`/api${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
}

/** An early answer older than this is not used: the page asks again. */
const EARLY_FOR_MS = 10_000
const early = new Map<string, { at: number; response: Promise<Response> }>()
const earlyKey = (path: string, token: string | null | undefined) => `${path} ${token ?? ''}`

/** Starts GET `path` now, for the apiRequest that will ask for it. */
export function startEarly(path: string, token: string | null = null) {
  const response = apiFetch(path, { token })
  response.catch(() => {}) // the apiRequest that takes it reports the failure
  early.set(earlyKey(path, token), { at: Date.now(), response })
}

/** The early GET of `path` with this token, once; undefined if there is none (or it is too old). */
export function takeEarly(path: string, options: RequestOptions): Promise<Response> | undefined {
  if ((options.method ?? 'GET') !== 'GET' || early.size === 0) return undefined
  const key = earlyKey(path, options.token)
  const found = early.get(key)
  early.delete(key)
  return found && Date.now() - found.at < EARLY_FOR_MS ? found.response : undefined
}
