/**
 * What a page needs first, started by the entry script (main.tsx) while the app's code still loads:
 * for a room's list view, its chunk (pages/ListPage.tsx and what it imports), `GET /api/config`,
 * `GET /api/session` and the list's first rows (`GET /api/rooms/:roomId/list-preview`), which
 * apiRequest then takes (api/apiFetch.ts), and the board's connection,
 * which the page adopts (list/useListBoard.ts). Without it the list view waited
 * for the app's code, then for its chunk, then for both requests, then opened the socket.
 */
import { startEarly as request } from './api/apiFetch.ts'
import { sessionToken } from './api/tokens.ts'
import { listPreviewPath } from './list/roomPaths.ts'
import { matchRoute } from './router.ts'

export function startEarly(pathname: string) {
  const route = matchRoute(pathname)
  if (route.page !== 'list') return
  const token = sessionToken.get(route.roomId)
  // The board's socket opens as soon as its code is in (Yjs and the provider, not the page's other
  // chunks): its sync travels while React and the pages load.
  if (token)
    import('./list/useListBoard.ts').then(
      ({ startListBoard }) => startListBoard(route.roomId, token),
      () => {}, // the page opens it when it mounts
    )
  import('./pages/ListPage.tsx').catch(() => {}) // App loads it again, and shows the failure
  request('/config')
  if (token) {
    request('/session', token)
    request(listPreviewPath(route.roomId), token)
  }
}
