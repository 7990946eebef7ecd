/**
 * The embedded VotingStore: rounds, open rounds' votes and closed rounds' results in
 * DATA_DIR/voting.json (lowdb, written durably). Every write replaces the whole file (temporary file,
 * rename), so a closed round's ballots leave the disk with the write that closes it.
 */
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { resultsSchema, roundSchema, voteSchema, type Round, type Vote } from '../../../shared/schema/voting.ts'
import type { ClosedRound, CountVotes, VoteChange, VotingStore } from '../types.ts'
import { DurableJsonFile } from './durableJsonFile.ts'

const votingSchema = z.object({
  rounds: z.array(roundSchema),
  votes: z.array(voteSchema),
  /** Closed rounds' results, by round id. */
  results: z.array(resultsSchema).default([]),
})
type Voting = z.infer<typeof votingSchema>

export class VotingFile implements VotingStore {
  private readonly db: Low<Voting>

  private constructor(db: Low<Voting>) {
    this.db = db
  }

  static async open(dataDir: string): Promise<VotingFile> {
    const db = new Low(new DurableJsonFile(path.join(dataDir, 'voting.json'), votingSchema), {
      rounds: [],
      votes: [],
      results: [],
    })
    await db.read()
    return new VotingFile(db)
  }

  async openRound(round: Round): Promise<boolean> {
    if (this.findOpen(round.roomId)) return false
    this.db.data.rounds.push(structuredClone(round))
    await this.db.write()
    return true
  }

  async openRoundOf(roomId: string): Promise<Round | undefined> {
    return structuredClone(this.findOpen(roomId))
  }

  async closeRound(roomId: string, closedAt: string, count: CountVotes): Promise<ClosedRound | undefined> {
    const round = this.findOpen(roomId)
    if (!round) return undefined
    round.status = 'closed'
    round.closedAt = closedAt
    const results = this.seal(round, count)
    await this.db.write()
    return structuredClone({ round, results })
  }

  async sealClosedRounds(count: CountVotes): Promise<number> {
    const sealed = new Set(this.db.data.results.map((r) => r.roundId))
    const unsealed = this.db.data.rounds.filter((r) => r.status === 'closed' && !sealed.has(r.id))
    for (const round of unsealed) this.seal(round, count)
    if (unsealed.length) await this.db.write()
    return unsealed.length
  }

  async votes(roundId: string): Promise<Vote[]> {
    return structuredClone(this.db.data.votes.filter((v) => v.roundId === roundId))
  }

  async closedRounds(roomId: string): Promise<ClosedRound[]> {
    const results = new Map(this.db.data.results.map((r) => [r.roundId, r]))
    return structuredClone(
      this.db.data.rounds
        .filter((round) => round.roomId === roomId && round.status === 'closed' && results.has(round.id))
        .map((round) => ({ round, results: results.get(round.id)! })),
    )
  }

  async changeVotes(
    roomId: string,
    participantId: string,
    decide: (round: Round | undefined, own: Vote[]) => VoteChange,
  ) {
    // Decided and applied synchronously, so two requests of one participant cannot both spend the last vote.
    const round = this.findOpen(roomId)
    const ownOf = () => this.db.data.votes.filter((v) => v.roundId === round?.id && v.participantId === participantId)
    const change = decide(structuredClone(round), structuredClone(ownOf()))
    if ('refusal' in change)
      return { refusal: change.refusal, round: structuredClone(round), ownVotes: structuredClone(ownOf()) }
    if ('add' in change) {
      this.db.data.votes.push(structuredClone(change.add))
    } else {
      const votes = this.db.data.votes
      const index = votes.findLastIndex(
        (v) => v.roundId === round?.id && v.participantId === participantId && v.targetId === change.removeTargetId,
      )
      if (index !== -1) votes.splice(index, 1)
    }
    await this.db.write()
    return { refusal: null, round: structuredClone(round), ownVotes: structuredClone(ownOf()) }
  }

  async deleteRoom(roomId: string): Promise<number> {
    const rounds = new Set(this.db.data.rounds.filter((r) => r.roomId === roomId).map((r) => r.id))
    this.db.data.rounds = this.db.data.rounds.filter((r) => !rounds.has(r.id))
    this.db.data.votes = this.db.data.votes.filter((v) => !rounds.has(v.roundId))
    await this.db.write()
    return rounds.size
  }

  private findOpen(roomId: string): Round | undefined {
    return this.db.data.rounds.find((r) => r.roomId === roomId && r.status === 'open')
  }

  /** Keeps the round's results and drops its ballots, in memory; the caller writes the file. */
  private seal(round: Round, count: CountVotes) {
    const results = count(
      structuredClone(round),
      structuredClone(this.db.data.votes.filter((v) => v.roundId === round.id)),
    )
    this.db.data.results.push(structuredClone(results))
    this.db.data.votes = this.db.data.votes.filter((v) => v.roundId !== round.id)
    return results
  }
}
