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
  if (round?.status !== 'open') return { code: 'no_open_round', message: 'No voting round is open' }
  if (round.endsAt && now.getTime() >= Date.parse(round.endsAt))
    return { code: 'round_ended', message: 'This voting round has ended' }
  if (!round.targets.some((t) => t.id === targetId))
    return { code: 'unknown_target', message: `"${targetId}" is not a target of this round` }
  if (ownVotes.length >= round.votesPerParticipant) {
    return { code: 'budget_spent', message: `All ${round.votesPerParticipant} of your votes are placed` }
  }
  if (ownVotes.filter((v) => v.targetId === targetId).length >= round.maxPerTarget) {
    return { code: 'target_cap_reached', message: `At most ${round.maxPerTarget} of your votes can go to one target` }
  }
  return null
}

/** Why `participantId` may not take a dot back from `targetId`, or null if they may. */
export function refuseRetraction(
  round: Round | null,
  ownVotes: Vote[],
  targetId: string,
  now: Date,
): VoteRefusal | null {
  if (round?.status !== 'open') return { code: 'no_open_round', message: 'No voting round is open' }
  if (round.endsAt && now.getTime() >= Date.parse(round.endsAt))
    return { code: 'round_ended', message: 'This voting round has ended' }
  if (!ownVotes.some((v) => v.targetId === targetId))
    return { code: 'no_vote_to_remove', message: 'You have no vote on this target' }
  return null
}

/** One participant's own view: their dots per target and what they have left. */
export function myVotes(round: Round | null, ownVotes: Vote[]): MyVotes {
  const mine: Record<string, number> = {}
  for (const vote of ownVotes) mine[vote.targetId] = (mine[vote.targetId] ?? 0) + 1
  return { round, mine, remaining: round ? Math.max(0, round.votesPerParticipant - ownVotes.length) : 0 }
}

/** The `byCity` key under which the dots of cities with too few voters are pooled. */
export const OTHER_CITIES = 'other'

/**
 * Totals per target and per city; individual ballots are not part of the result. A city's dots are
 * shown on their own only when at least `minGroupSize` of its people voted in the round: otherwise
 * one official's dots would be "their city's" dots. The others are pooled under `other`, and even
 * that is left out when fewer than `minGroupSize` people are in the pool.
 */
export function tally(round: Round, votes: Vote[], minGroupSize = 1): Results {
  const targetIds = new Set(round.targets.map((t) => t.id))
  const counted = votes.filter((vote) => vote.roundId === round.id && targetIds.has(vote.targetId))
  const votersOf = new Map<string, Set<string>>()
  for (const vote of counted) votersOf.set(vote.city, (votersOf.get(vote.city) ?? new Set()).add(vote.participantId))
  const shown = new Set([...votersOf].filter(([, voters]) => voters.size >= minGroupSize).map(([city]) => city))
  const pooledVoters = [...votersOf]
    .filter(([city]) => !shown.has(city))
    .reduce((sum, [, voters]) => sum + voters.size, 0)
  const groupOf = (city: string) => (shown.has(city) ? city : pooledVoters >= minGroupSize ? OTHER_CITIES : null)

  const totals: Record<string, number> = Object.fromEntries(round.targets.map((t) => [t.id, 0]))
  const byCity: Record<string, Record<string, number>> = Object.fromEntries(round.targets.map((t) => [t.id, {}]))
  for (const vote of counted) {
    totals[vote.targetId] += 1
    const group = groupOf(vote.city)
    if (group !== null) byCity[vote.targetId][group] = (byCity[vote.targetId][group] ?? 0) + 1
  }
  const ranked = round.targets
    .map((target, order) => ({ targetId: target.id, label: target.label, total: totals[target.id], order }))
    .sort((a, b) => b.total - a.total || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry)
  const voters = new Set(counted.map((vote) => vote.participantId)).size
  return { roundId: round.id, totals, byCity, ranked, voters, dots: counted.length }
}
