/**
 * What a page needs first, started by the entry script (main.tsx) while the app's code still loads:
 * for a room's list view, its chunk (pages/ListPage.tsx and what it imports), `GET /api/config` and
 * `GET /api/session`, which apiRequest then takes (api/apiFetch.ts), and, once the chunk is in, the
 * board's connection, which the page adopts (list/useListBoard.ts). Without it the list view waited
 * for the app's code, then for its chunk, then for both requests, then opened the socket.
 */
import { startEarly as request } from './api/apiFetch.ts'
import { sessionToken } from './api/tokens.ts'
import { matchRoute } from './router.ts'

export function startEarly(pathname: string) {
  const route = matchRoute(pathname)
  if (route.page !== 'list') return
  const token = sessionToken.get(route.roomId)
  // With the chunk, the board's socket opens too: its sync travels while React and the pages load.
  import('./pages/ListPage.tsx').then(
    ({ startListBoard }) => token && startListBoard(route.roomId, token),
    () => {}, // App loads it again, and shows the failure
  )
  request('/config')
  if (token) request('/session', token)
}
