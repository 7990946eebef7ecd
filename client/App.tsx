/** Picks the page for the current path. */
import { Suspense, useEffect } from 'react'
import { SiteFooter } from './a11y/SiteFooter.tsx'
import { AccessibilityPage } from './pages/AccessibilityPage.tsx'
import { AdminPage } from './pages/AdminPage.tsx'
import { CityPage } from './pages/CityPage.tsx'
import { HomePage } from './pages/HomePage.tsx'
import { JoinPage } from './pages/JoinPage.tsx'
import { LicenceNotice } from './licence/LicenceNotice.tsx'
import { lazyPage } from './pages/lazyPage.ts'
import { PublicationPage } from './pages/PublicationPage.tsx'
import { roomEntryPath, roomPaths } from './list/roomPaths.ts'
import { matchRoute, navigate, usePathname, type Route } from './router.ts'

// The board (tldraw, Yjs) is most of the bundle: the admin and join pages load without it.
const roomPage = lazyPage(() => import('./pages/RoomPage.tsx').then((m) => m.RoomPage))
// The list view has no tldraw: a phone on venue Wi-Fi loads a fraction of the board's bytes.
const listPage = lazyPage(() => import('./pages/ListPage.tsx').then((m) => m.ListPage))
const reviewPage = lazyPage(() => import('./pages/ReviewPage.tsx').then((m) => m.ReviewPage))

/** Loads the code of the page at `pathname` if it is a chunk of its own: mount.tsx awaits it before the first render. */
export function preloadPage(pathname: string): Promise<void> {
  const route = matchRoute(pathname)
  switch (route.page) {
    case 'room':
      return roomEntryPath(route.roomId) === roomPaths.board(route.roomId) ? roomPage.preload() : listPage.preload()
    case 'list':
      return listPage.preload()
    case 'review':
      return reviewPage.preload()
    default:
      return Promise.resolve()
  }
}

export function App() {
  const route = matchRoute(usePathname())
  const page = pageFor(route)
  // The board is full screen (its top bar has the language and the statement); the rest get the footer.
  if (route.page === 'room' || route.page === 'list' || route.page === 'join' || route.page === 'accessibility')
    return page
  return (
    <>
      {page}
      <SiteFooter />
    </>
  )
}

function pageFor(route: Route) {
  switch (route.page) {
    case 'admin':
      return <AdminPage />
    case 'join':
      return <JoinPage key={route.code} code={route.code} />
    case 'room':
      // Under 600 px a room opens as its list view (once per visit: the list links back to the canvas).
      if (roomEntryPath(route.roomId) !== roomPaths.board(route.roomId))
        return <Redirect to={roomEntryPath(route.roomId)} />
      return (
        <Suspense fallback={<p className="page muted">…</p>}>
          <roomPage.Page key={route.roomId} roomId={route.roomId} />
        </Suspense>
      )
    case 'list':
      return (
        <>
          {/* Shown when the board switched here because tldraw's licence check failed. */}
          <LicenceNotice />
          <Suspense fallback={<p className="page muted">…</p>}>
            <listPage.Page key={route.roomId} roomId={route.roomId} />
          </Suspense>
        </>
      )
    case 'review':
      return (
        <Suspense fallback={<p className="page muted">…</p>}>
          <reviewPage.Page key={route.roomId} roomId={route.roomId} />
        </Suspense>
      )
    case 'city':
      return <CityPage key={route.city} city={route.city} />
    case 'publication':
      return <PublicationPage />
    case 'accessibility':
      return <AccessibilityPage />
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
