/** Secret dot voting: rounds, votes and results (server-authoritative; see server/voting). */
import { z } from 'zod'

/** Body of POST /api/rooms/:roomId/rounds (facilitator). */
export const openRoundSchema = z.strictObject({
  /** Shape ids of clusters (frames) or ideas (notes) that can be voted for. */
  targets: z.array(z.string().min(1).max(100)).min(1).max(200),
  votesPerParticipant: z.number().int().min(1).max(50),
  maxPerTarget: z.number().int().min(1).max(50),
  /** Optional: the round stops taking votes at this time (ISO 8601). */
  endsAt: z.iso.datetime().nullable().default(null),
})
export type OpenRound = z.infer<typeof openRoundSchema>

export const roundTargetSchema = z.object({ id: z.string(), label: z.string(), kind: z.enum(['cluster', 'idea']) })
export type RoundTarget = z.infer<typeof roundTargetSchema>

export const roundSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  targets: z.array(roundTargetSchema),
  votesPerParticipant: z.number().int(),
  maxPerTarget: z.number().int(),
  endsAt: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  openedBy: z.string(),
})
export type Round = z.infer<typeof roundSchema>

/** What everyone may know about a round: everything in it (it holds no votes). */
export const publicRoundSchema = roundSchema
export type PublicRound = Round

/** One dot: a participant's vote for a target. A participant may put several dots on one target. */
export const voteSchema = z.object({
  roundId: z.string(),
  participantId: z.string(),
  city: z.string(),
  targetId: z.string(),
  castAt: z.string(),
})
export type Vote = z.infer<typeof voteSchema>

/** Body of POST /api/rooms/:roomId/votes. */
export const castVoteSchema = z.strictObject({ targetId: z.string().min(1).max(100) })

export const resultsSchema = z.object({
  roundId: z.string(),
  /** Dots per target. */
  totals: z.record(z.string(), z.number()),
  /** Dots per target per city (affiliation id). */
  byCity: z.record(z.string(), z.record(z.string(), z.number())),
  /** Targets by total, most first; ties keep the round's order. */
  ranked: z.array(z.object({ targetId: z.string(), label: z.string(), total: z.number() })),
  voters: z.number().int(),
  dots: z.number().int(),
})
export type Results = z.infer<typeof resultsSchema>

/** A participant's own view while a round is open. */
export interface MyVotes {
  round: PublicRound | null
  /** Dots this participant placed, per target. */
  mine: Record<string, number>
  remaining: number
}
