/** A pathname router small enough to read: pushState plus a hook that re-renders on navigation. */
import { useSyncExternalStore } from 'react'

const NAVIGATE_EVENT = 'capital-room:navigate'

export function navigate(path: string, opts: { replace?: boolean } = {}) {
  if (opts.replace) history.replaceState(null, '', path)
  else history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname)
}

export type Route =
  | { page: 'admin' }
  | { page: 'join'; code: string }
  | { page: 'room'; roomId: string }
  | { page: 'review'; roomId: string }
  | { page: 'list'; roomId: string }
  | { page: 'city'; city: string }
  | { page: 'publication' }
  | { page: 'home' }
  | { page: 'accessibility' }
  | { page: 'not-found' }

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/') return { page: 'home' }
  if (path === '/admin') return { page: 'admin' }
  if (path === '/publication') return { page: 'publication' }
  if (path === '/accessibility') return { page: 'accessibility' }
  const city = /^\/cities\/([^/]+)$/.exec(path)
  if (city) return { page: 'city', city: decodeURIComponent(city[1]) }
  const join = /^\/join\/([^/]+)$/.exec(path)
  if (join) return { page: 'join', code: decodeURIComponent(join[1]) }
  const review = /^\/rooms\/([^/]+)\/review$/.exec(path)
  if (review) return { page: 'review', roomId: decodeURIComponent(review[1]) }
  const list = /^\/rooms\/([^/]+)\/list$/.exec(path)
  if (list) return { page: 'list', roomId: decodeURIComponent(list[1]) }
  const room = /^\/rooms\/([^/]+)$/.exec(path)
  if (room) return { page: 'room', roomId: decodeURIComponent(room[1]) }
  return { page: 'not-found' }
}
