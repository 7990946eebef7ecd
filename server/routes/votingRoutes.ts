/**
 * Dot voting (see server/voting.ts):
 *   POST   /api/rooms/:roomId/rounds               (facilitator) open a round → 201 { round }
 *   POST   /api/rooms/:roomId/rounds/current/close (facilitator) close and reveal → { round, results }
 *   POST   /api/rooms/:roomId/votes                (facilitator, participant) { targetId } → 201 MyVotes
 *   DELETE /api/rooms/:roomId/votes/:targetId      (facilitator, participant) take one dot back → MyVotes
 *   GET    /api/rooms/:roomId/votes/mine           (every member) → MyVotes
 */
import { Router } from 'express'
import type { SessionClaims } from '../../shared/schema/participant.ts'
import { castVoteSchema, openRoundSchema } from '../../shared/schema/voting.ts'
import { requireMember } from '../http/auth.ts'
import { parseInput } from '../http/errors.ts'
import type { Voting } from '../voting.ts'
import type { RouteDeps } from './deps.ts'

export function votingRoutes(deps: RouteDeps & { voting: Voting }): Router {
  const router = Router({ mergeParams: true })
  const facilitator = requireMember(deps.tokens, ['facilitator'])
  const voter = requireMember(deps.tokens, ['facilitator', 'participant'])
  const member = requireMember(deps.tokens, ['facilitator', 'participant', 'observer'])
  const session = (locals: Record<string, unknown>) => locals.session as SessionClaims
  const roomId = (params: Record<string, unknown>) => String(params.roomId)

  router.post('/rounds', facilitator, async (req, res) => {
    const input = parseInput(openRoundSchema, req.body)
    res.status(201).json({ round: await deps.voting.open(roomId(req.params), input, session(res.locals)) })
  })
  router.post('/rounds/current/close', facilitator, async (req, res) => {
    res.json(await deps.voting.close(roomId(req.params)))
  })
  router.post('/votes', voter, async (req, res) => {
    const { targetId } = parseInput(castVoteSchema, req.body)
    res.status(201).json(await deps.voting.cast(roomId(req.params), session(res.locals), targetId))
  })
  router.delete('/votes/:targetId', voter, async (req, res) => {
    res.json(await deps.voting.retract(roomId(req.params), session(res.locals), String(req.params.targetId)))
  })
  router.get('/votes/mine', member, async (req, res) => {
    res.json(await deps.voting.mine(roomId(req.params), session(res.locals)))
  })
  return router
}
