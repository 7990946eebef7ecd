/**
 * What a page needs first, started by the entry script (main.tsx) while the app's code still loads:
 * for a room's list view, its chunk (pages/ListPage.tsx and what it imports), `GET /api/config` and
 * `GET /api/session`, which apiRequest then takes (api/apiFetch.ts). Without it the list view waited
 * for the app's code, then for its chunk, then for both requests, one after another.
 */
import { startEarly as request } from './api/apiFetch.ts'
import { sessionToken } from './api/tokens.ts'
import { matchRoute } from './router.ts'

export function startEarly(pathname: string) {
  const route = matchRoute(pathname)
  if (route.page !== 'list') return
  import('./pages/ListPage.tsx').catch(() => {}) // App loads it again, and shows a failure
  request('/config')
  const token = sessionToken.get(route.roomId)
  if (token) request('/session', token)
}
