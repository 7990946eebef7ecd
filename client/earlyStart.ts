/**
 * What a room's page needs first, started by the entry script (main.tsx) while the app's code still
 * loads: `GET /api/config` and `GET /api/session` (and for the list view its first rows,
 * `GET /api/rooms/:roomId/list-preview`), which apiRequest then takes (api/apiFetch.ts), the page's
 * chunk, and the room's connection (board/roomConnection.ts), which the page takes when it mounts.
 * Without it a room's page waited for the app's code, then for its chunk, then for both requests,
 * then opened the socket: on a board of 5,000 ideas the sync arrived half a second later.
 */
import { startEarly as request } from './api/apiFetch.ts'
import { sessionToken } from './api/tokens.ts'
import { listPreviewPath, roomEntryPath, roomPaths } from './list/roomPaths.ts'
import { matchRoute } from './router.ts'

export function startEarly(pathname: string) {
  const route = matchRoute(pathname)
  if (route.page !== 'list' && route.page !== 'room') return
  // A narrow screen opens a room as its list (App.tsx redirects there).
  const view = route.page === 'list' || roomEntryPath(route.roomId) === roomPaths.list(route.roomId) ? 'list' : 'canvas'
  const token = sessionToken.get(route.roomId)
  // The room's socket opens as soon as its code is in (Yjs and the provider, not the page's other
  // chunks): the board's sync travels while React and the pages load.
  if (token)
    import('./board/roomConnection.ts').then(
      ({ startRoomConnection }) => startRoomConnection(route.roomId, token, view),
      () => {}, // the page opens it when it mounts
    )
  // The page's chunk: App loads it again, and shows the failure.
  if (view === 'list') import('./pages/ListPage.tsx').catch(() => {})
  else import('./pages/RoomPage.tsx').catch(() => {})
  request('/config')
  if (!token) return
  request('/session', token)
  if (view === 'list') request(listPreviewPath(route.roomId), token)
}
