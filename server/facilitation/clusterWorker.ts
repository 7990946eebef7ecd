/** The worker thread of clusterSuggestions.ts: runs suggestClusters on request, one at a time. */
import { parentPort } from 'node:worker_threads'
import { type IdeaText, type SuggestClustersOptions, suggestClusters } from '../../shared/clustering/suggestClusters.ts'

parentPort!.on(
  'message',
  ({ id, ideas, options }: { id: number; ideas: IdeaText[]; options: SuggestClustersOptions }) => {
    try {
      parentPort!.postMessage({ id, suggestions: suggestClusters(ideas, options) })
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).message })
    }
  },
)
