/**
 * Renders publications off the main thread, within a time limit, and keeps recent results.
 *
 * - Off the main thread: a piscina worker pool (well kept, and it terminates a worker whose task is
 *   aborted, which a hand-written pool would have to get right). Rendering a large publication takes
 *   a second or more of CPU; on the event loop it would stall every room's traffic meanwhile.
 * - Time limit: a render still running after PUBLICATION_TIMEOUT_MS is stopped (its worker thread is
 *   terminated) and answered with `publication_timeout` (503).
 * - Cache: keyed by a hash of the model and the format, so a result is reused until anything in the
 *   publication changes (an entry, a next step, a room). Identical requests in flight share one render.
 */
import { createHash } from 'node:crypto'
import { Piscina } from 'piscina'
import { DomainError } from '../domainError.ts'
import type { Publication } from './model.ts'
import type { PublicationFormat } from './renderWorker.ts'

export type { PublicationFormat }

export interface PublicationRenderer {
  render(model: Publication, format: PublicationFormat): Promise<Buffer>
  close(): Promise<void>
}

/** How many rendered publications are kept. */
const CACHE_ENTRIES = 16

export function createPublicationRenderer(opts: { timeoutMs: number }): PublicationRenderer {
  const pool = new Piscina({
    filename: new URL('./renderWorker.ts', import.meta.url).href,
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 60_000,
  })
  const cache = new Map<string, Buffer>()
  const inFlight = new Map<string, Promise<Buffer>>()

  async function renderNow(model: Publication, format: PublicationFormat): Promise<Buffer> {
    try {
      const bytes: Uint8Array = await pool.run({ model, format }, { signal: AbortSignal.timeout(opts.timeoutMs) })
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    } catch (error) {
      if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
        throw new DomainError(
          'publication_timeout',
          `The publication took longer than ${opts.timeoutMs} ms to render and was stopped`,
        )
      }
      throw error
    }
  }

  return {
    async render(model, format) {
      const key = createHash('sha256').update(format).update('\0').update(JSON.stringify(model)).digest('hex')
      const cached = cache.get(key)
      if (cached) {
        cache.delete(key) // most recently used last
        cache.set(key, cached)
        return cached
      }
      let pending = inFlight.get(key)
      if (!pending) {
        pending = renderNow(model, format).finally(() => inFlight.delete(key))
        inFlight.set(key, pending)
      }
      const result = await pending
      cache.set(key, result)
      while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
      return result
    },
    close: () => pool.destroy(),
  }
}
