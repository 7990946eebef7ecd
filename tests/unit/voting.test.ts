import { describe, expect, it } from 'vitest'
import type { Round, Vote } from '../../shared/schema/voting.ts'
import { myVotes, refuseRetraction, refuseVote, tally } from '../../shared/voting/rules.ts'

const round: Round = {
  id: 'r1',
  roomId: 'room',
  targets: [
    { id: 'a', label: 'Alpha', kind: 'cluster' },
    { id: 'b', label: 'Beta', kind: 'cluster' },
    { id: 'c', label: 'Gamma', kind: 'idea' },
  ],
  votesPerParticipant: 3,
  maxPerTarget: 2,
  endsAt: null,
  status: 'open',
  openedAt: '2026-12-01T10:00:00.000Z',
  closedAt: null,
  openedBy: 'f',
}
const vote = (participantId: string, city: string, targetId: string, roundId = 'r1'): Vote => ({
  roundId,
  participantId,
  city,
  targetId,
  castAt: '2026-12-01T10:01:00.000Z',
})
const now = new Date('2026-12-01T10:05:00.000Z')

describe('vote rules', () => {
  it('accepts a vote within budget and cap', () => {
    expect(refuseVote(round, [vote('p', 'oslo', 'a')], 'a', now)).toBeNull()
  })
  it('refuses past the budget, past the per-target cap, unknown targets, closed and ended rounds', () => {
    expect(
      refuseVote(round, [vote('p', 'oslo', 'a'), vote('p', 'oslo', 'b'), vote('p', 'oslo', 'c')], 'b', now)?.code,
    ).toBe('budget_spent')
    expect(refuseVote(round, [vote('p', 'oslo', 'a'), vote('p', 'oslo', 'a')], 'a', now)?.code).toBe(
      'target_cap_reached',
    )
    expect(refuseVote(round, [], 'z', now)?.code).toBe('unknown_target')
    expect(refuseVote({ ...round, status: 'closed' }, [], 'a', now)?.code).toBe('no_open_round')
    expect(refuseVote(null, [], 'a', now)?.code).toBe('no_open_round')
    expect(refuseVote({ ...round, endsAt: '2026-12-01T10:04:00.000Z' }, [], 'a', now)?.code).toBe('round_ended')
  })
  it('only takes back a dot one has placed', () => {
    expect(refuseRetraction(round, [vote('p', 'oslo', 'a')], 'b', now)?.code).toBe('no_vote_to_remove')
    expect(refuseRetraction(round, [vote('p', 'oslo', 'a')], 'a', now)).toBeNull()
  })
  it('shows a participant their own dots and what is left', () => {
    expect(myVotes(round, [vote('p', 'oslo', 'a'), vote('p', 'oslo', 'a')])).toEqual({
      round,
      mine: { a: 2 },
      remaining: 1,
    })
    expect(myVotes(null, [])).toEqual({ round: null, mine: {}, remaining: 0 })
  })
})

describe('tally', () => {
  it('adds up per target and per city, ranks by total with ties in round order, and counts voters', () => {
    const results = tally(round, [
      vote('p1', 'oslo', 'b'),
      vote('p1', 'oslo', 'b'),
      vote('p2', 'helsinki', 'b'),
      vote('p2', 'helsinki', 'c'),
      vote('p3', 'oslo', 'c'),
      vote('p3', 'oslo', 'c'),
      vote('p9', 'oslo', 'a', 'another-round'),
    ])
    expect(results.totals).toEqual({ a: 0, b: 3, c: 3 })
    expect(results.byCity).toEqual({ a: {}, b: { oslo: 2, helsinki: 1 }, c: { helsinki: 1, oslo: 2 } })
    expect(results.ranked).toEqual([
      { targetId: 'b', label: 'Beta', total: 3 },
      { targetId: 'c', label: 'Gamma', total: 3 },
      { targetId: 'a', label: 'Alpha', total: 0 },
    ])
    expect(results).toMatchObject({ voters: 3, dots: 6 })
    expect(JSON.stringify(results)).not.toContain('p1')
  })

  it('shows a city only with MIN_GROUP_SIZE voters, pools the rest under `other`, and leaves out a pool that is too small', () => {
    const ballots = [
      vote('o1', 'oslo', 'a'),
      vote('o2', 'oslo', 'a'),
      vote('o3', 'oslo', 'b'),
      vote('h1', 'helsinki', 'a'),
      vote('h2', 'helsinki', 'b'),
      vote('s1', 'stockholm', 'b'),
    ]
    expect(tally(round, ballots, 3).byCity).toEqual({ a: { oslo: 2, other: 1 }, b: { oslo: 1, other: 2 }, c: {} })
    expect(tally(round, ballots.slice(0, 4), 3).byCity).toEqual({ a: { oslo: 2 }, b: { oslo: 1 }, c: {} })
    expect(tally(round, ballots, 3).totals).toEqual({ a: 3, b: 3, c: 0 })
  })
})
