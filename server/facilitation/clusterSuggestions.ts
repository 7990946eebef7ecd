/**
 * Cluster suggestions for a board, computed off the main thread. Grouping is O(n²) in the number of
 * ideas (2,000 ideas: a few hundred milliseconds of CPU), which on the event loop would stall every
 * room's traffic; so it runs in one worker thread, started on first use, answering requests in order
 * and never keeping the process alive. Boards above {@link MAX_SUGGESTION_IDEAS} unclustered ideas are
 * refused rather than queued: the time and the n² memory grow without bound otherwise.
 */
import { Worker } from 'node:worker_threads'
import type { Language } from '../../shared/clustering/glossary.ts'
import type { IdeaText, SuggestedCluster } from '../../shared/clustering/suggestClusters.ts'
import { DomainError } from '../domainError.ts'

/** Most unclustered ideas one request may group. */
export const MAX_SUGGESTION_IDEAS = 2000
/** A note longer than this is cut before grouping (the write guard caps notes anyway). */
const MAX_TEXT_LENGTH = 2000

interface Pending {
  resolve: (suggestions: SuggestedCluster[]) => void
  reject: (error: Error) => void
}

let worker: Worker | undefined
let nextId = 0
const pending = new Map<number, Pending>()

/** Groups `ideas` in the worker thread; throws `too_many_ideas` above {@link MAX_SUGGESTION_IDEAS}. */
export function suggestClustersOffThread(
  ideas: readonly IdeaText[],
  options: { language?: Language } = {},
): Promise<SuggestedCluster[]> {
  if (ideas.length > MAX_SUGGESTION_IDEAS) {
    throw new DomainError(
      'too_many_ideas',
      `Suggestions group at most ${MAX_SUGGESTION_IDEAS} unclustered ideas; this board has ${ideas.length}. Cluster some by hand first.`,
    )
  }
  const running = start()
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    running.ref()
    running.postMessage({
      id,
      ideas: ideas.map(({ id, text }) => ({ id, text: text.slice(0, MAX_TEXT_LENGTH) })),
      options,
    })
  })
}

/** Stops the worker (tests and shutdown); the next request starts a new one. */
export async function stopClusterWorker(): Promise<void> {
  const running = worker
  worker = undefined
  await running?.terminate()
}

function start(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('./clusterWorker.ts', import.meta.url))
  started.on(
    'message',
    ({ id, suggestions, error }: { id: number; suggestions?: SuggestedCluster[]; error?: string }) => {
      const request = pending.get(id)
      pending.delete(id)
      if (pending.size === 0) started.unref()
      if (error !== undefined) request?.reject(new Error(error))
      else request?.resolve(suggestions!)
    },
  )
  started.on('error', (error) => failAll(error as Error))
  started.on('exit', () => {
    if (worker === started) worker = undefined
    failAll(new Error('the cluster worker stopped'))
  })
  started.unref()
  worker = started
  return started
}

function failAll(error: Error) {
  for (const request of pending.values()) request.reject(error)
  pending.clear()
}
