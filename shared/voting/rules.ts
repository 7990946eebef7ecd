/**
 * The rules of dot voting, as pure functions: may this vote be cast, and what does a closed round
 * add up to. The server applies them; the client uses them to show remaining dots.
 */
import type { MyVotes, Results, Round, Vote } from '../schema/voting.ts'

export type VoteRefusal =
  | { code: 'no_open_round'; message: string }
  | { code: 'round_ended'; message: string }
  | { code: 'unknown_target'; message: string }
  | { code: 'budget_spent'; message: string }
  | { code: 'target_cap_reached'; message: string }
  | { code: 'no_vote_to_remove'; message: string }

/** Why `participantId` may not put another dot on `targetId` now, or null if they may. */
export function refuseVote(round: Round | null, ownVotes: Vote[], targetId: string, now: Date): VoteRefusal | null {
  if (!round || round.status !== 'open') return { code: 'no_open_round', message: 'No voting round is open' }
  if (round.endsAt && now.getTime() >= Date.parse(round.endsAt)) return { code: 'round_ended', message: 'This voting round has ended' }
  if (!round.targets.some((t) => t.id === targetId)) return { code: 'unknown_target', message: `"${targetId}" is not a target of this round` }
  if (ownVotes.length >= round.votesPerParticipant) {
    return { code: 'budget_spent', message: `All ${round.votesPerParticipant} of your votes are placed` }
  }
  if (ownVotes.filter((v) => v.targetId === targetId).length >= round.maxPerTarget) {
    return { code: 'target_cap_reached', message: `At most ${round.maxPerTarget} of your votes can go to one target` }
  }
  return null
}

/** Why `participantId` may not take a dot back from `targetId`, or null if they may. */
export function refuseRetraction(round: Round | null, ownVotes: Vote[], targetId: string, now: Date): VoteRefusal | null {
  if (!round || round.status !== 'open') return { code: 'no_open_round', message: 'No voting round is open' }
  if (round.endsAt && now.getTime() >= Date.parse(round.endsAt)) return { code: 'round_ended', message: 'This voting round has ended' }
  if (!ownVotes.some((v) => v.targetId === targetId)) return { code: 'no_vote_to_remove', message: 'You have no vote on this target' }
  return null
}

/** One participant's own view: their dots per target and what they have left. */
export function myVotes(round: Round | null, ownVotes: Vote[]): MyVotes {
  const mine: Record<string, number> = {}
  for (const vote of ownVotes) mine[vote.targetId] = (mine[vote.targetId] ?? 0) + 1
  return { round, mine, remaining: round ? Math.max(0, round.votesPerParticipant - ownVotes.length) : 0 }
}

/** Totals per target and per city; individual ballots are not part of the result. */
export function tally(round: Round, votes: Vote[]): Results {
  const totals: Record<string, number> = Object.fromEntries(round.targets.map((t) => [t.id, 0]))
  const byCity: Record<string, Record<string, number>> = Object.fromEntries(round.targets.map((t) => [t.id, {}]))
  const voters = new Set<string>()
  let dots = 0
  for (const vote of votes) {
    if (vote.roundId !== round.id || !(vote.targetId in totals)) continue
    totals[vote.targetId] += 1
    byCity[vote.targetId][vote.city] = (byCity[vote.targetId][vote.city] ?? 0) + 1
    voters.add(vote.participantId)
    dots += 1
  }
  const ranked = round.targets
    .map((target, order) => ({ targetId: target.id, label: target.label, total: totals[target.id], order }))
    .sort((a, b) => b.total - a.total || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry)
  return { roundId: round.id, totals, byCity, ranked, voters: voters.size, dots }
}
