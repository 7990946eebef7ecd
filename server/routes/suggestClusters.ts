/**
 * POST /api/rooms/:roomId/cluster-suggestions (facilitator) → { suggestions: [{ label, ids }] }:
 * groups of the board's ideas not yet in a cluster, by the similarity of their text. A proposal only:
 * nothing on the board changes until the facilitator accepts it in the client.
 */
import type { RequestHandler } from 'express'
import { readBoard } from '../../shared/board/clusters.ts'
import { suggestClusters as groupIdeas } from '../../shared/clustering/suggestClusters.ts'
import type { RouteDeps } from './deps.ts'

export function suggestClusters(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const { ideas } = readBoard(await deps.collab.boardRecords(String(req.params.roomId)))
    const unclustered = ideas.filter((idea) => idea.clusterId === null && idea.text !== '')
    res.json({ suggestions: groupIdeas(unclustered.map(({ id, text }) => ({ id, text }))) })
  }
}
