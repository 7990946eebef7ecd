/** Picks the page for the current path. */
import { lazy, Suspense, useEffect } from 'react'
import { AdminPage } from './pages/AdminPage.tsx'
import { CityPage } from './pages/CityPage.tsx'
import { HomePage } from './pages/HomePage.tsx'
import { JoinPage } from './pages/JoinPage.tsx'
import { LicenceNotice } from './licence/LicenceNotice.tsx'
import { PublicationPage } from './pages/PublicationPage.tsx'
import { roomEntryPath, roomPaths } from './list/roomPaths.ts'
import { matchRoute, navigate, usePathname } from './router.ts'

// The board (tldraw, Yjs) is most of the bundle: the admin and join pages load without it.
const RoomPage = lazy(() => import('./pages/RoomPage.tsx').then((m) => ({ default: m.RoomPage })))
// The list view has no tldraw: a phone on venue Wi-Fi loads a fraction of the board's bytes.
const ListPage = lazy(() => import('./pages/ListPage.tsx').then((m) => ({ default: m.ListPage })))
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })))

export function App() {
  const route = matchRoute(usePathname())
  switch (route.page) {
    case 'admin':
      return <AdminPage />
    case 'join':
      return <JoinPage key={route.code} code={route.code} />
    case 'room':
      // Under 600 px a room opens as its list view (once per visit: the list links back to the canvas).
      if (roomEntryPath(route.roomId) !== roomPaths.board(route.roomId)) return <Redirect to={roomEntryPath(route.roomId)} />
      return (
        <Suspense fallback={<p className="page muted">Opening the room…</p>}>
          <RoomPage key={route.roomId} roomId={route.roomId} />
        </Suspense>
      )
    case 'list':
      return (
        <>
          {/* Shown when the board switched here because tldraw's licence check failed. */}
          <LicenceNotice />
          <Suspense fallback={<p className="page muted">…</p>}>
            <ListPage key={route.roomId} roomId={route.roomId} />
          </Suspense>
        </>
      )
    case 'review':
      return (
        <Suspense fallback={<p className="page muted">Opening the review…</p>}>
          <ReviewPage key={route.roomId} roomId={route.roomId} />
        </Suspense>
      )
    case 'city':
      return <CityPage key={route.city} city={route.city} />
    case 'publication':
      return <PublicationPage />
    case 'home':
      return <HomePage />
    case 'not-found':
      return <HomePage notFound />
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to + location.search, { replace: true }), [to])
  return null
}
