/** Vote counts of a snapshot, from its revealed rounds' results. */
import type { Results } from '../schema/voting.ts'
import type { VoteCount } from '../schema/codeEntry.ts'

export const NO_VOTES: VoteCount = { total: 0, byCity: {} }

/**
 * Dots per target, each target's count taken from the LATEST round (results are oldest first) that
 * had it as a target: a later round on other targets (say, next steps after clusters) leaves earlier
 * counts standing, and a re-vote on the same target replaces its earlier count.
 */
export function latestVotes(results: readonly Results[]): Map<string, VoteCount> {
  const votes = new Map<string, VoteCount>()
  for (const result of results) {
    for (const [targetId, total] of Object.entries(result.totals)) {
      votes.set(targetId, { total, byCity: { ...(result.byCity[targetId] ?? {}) } })
    }
  }
  return votes
}

/** The sum of several counts, with `byCity` keys sorted so equal sums are equal JSON. */
export function addVotes(counts: readonly VoteCount[]): VoteCount {
  const byCity: Record<string, number> = {}
  let total = 0
  for (const count of counts) {
    total += count.total
    for (const [city, dots] of Object.entries(count.byCity)) byCity[city] = (byCity[city] ?? 0) + dots
  }
  const sorted = Object.fromEntries(
    Object.entries(byCity)
      .filter(([, dots]) => dots > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  return { total, byCity: sorted }
}
