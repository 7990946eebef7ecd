/**
 * A page whose code is a chunk of its own (the board is most of the bundle), which the entry can load
 * before the app's first render. Rendered through React.lazy, such a page shows its Suspense fallback
 * first even when its chunk is already in, and React then holds the page back until 300 ms after that
 * fallback appeared (its throttle of revealed content): the list view waited a quarter of a second for
 * nothing. Once `preload` has resolved, `Page` is the page itself; it is decided before the first
 * render, so a page never changes from the lazy wrapper to itself (which would mount it again).
 */
import { lazy, type ComponentType } from 'react'

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let preloaded: ComponentType<P> | null = null
  const Lazy = lazy(() => load().then((Page) => ({ default: Page })))
  return {
    /** Loads the page's code; call it before the first render only. */
    async preload() {
      preloaded = await load()
    },
    get Page(): ComponentType<P> {
      return preloaded ?? Lazy
    },
  }
}
