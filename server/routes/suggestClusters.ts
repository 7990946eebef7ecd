/**
 * POST /api/rooms/:roomId/cluster-suggestions (facilitator) { language? } →
 * { suggestions: [{ label, explanation, ids }] }: groups of the board's ideas not yet in a cluster, by
 * what their text is about, computed in a worker thread. A proposal only: nothing on the board
 * changes until the facilitator accepts it in the client. 413 `too_many_ideas` above 2,000 ideas.
 */
import type { RequestHandler } from 'express'
import { readBoard } from '../../shared/board/clusters.ts'
import { clusterSuggestionsRequestSchema } from '../../shared/schema/clusterSuggestions.ts'
import { suggestClustersOffThread } from '../facilitation/clusterSuggestions.ts'
import { parseInput } from '../http/errors.ts'
import type { RouteDeps } from './deps.ts'

export function suggestClusters(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const { language } = parseInput(clusterSuggestionsRequestSchema, req.body)
    const { ideas } = readBoard(await deps.collab.boardRecords(String(req.params.roomId)))
    const unclustered = ideas.filter((idea) => idea.clusterId === null && idea.text !== '')
    const suggestions = await suggestClustersOffThread(
      unclustered.map(({ id, text }) => ({ id, text })),
      { language },
    )
    res.json({ suggestions })
  }
}
