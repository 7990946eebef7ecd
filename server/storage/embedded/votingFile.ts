/** The embedded VotingStore: rounds and votes in DATA_DIR/voting.json (lowdb, written durably). */
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { roundSchema, voteSchema, type Round, type Vote } from '../../../shared/schema/voting.ts'
import type { VoteChange, VotingStore } from '../types.ts'
import { DurableJsonFile } from './durableJsonFile.ts'

const votingSchema = z.object({ rounds: z.array(roundSchema), votes: z.array(voteSchema) })
type Voting = z.infer<typeof votingSchema>

export class VotingFile implements VotingStore {
  private readonly db: Low<Voting>

  private constructor(db: Low<Voting>) {
    this.db = db
  }

  static async open(dataDir: string): Promise<VotingFile> {
    const db = new Low(new DurableJsonFile(path.join(dataDir, 'voting.json'), votingSchema), { rounds: [], votes: [] })
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

  async closeRound(roomId: string, closedAt: string): Promise<Round | undefined> {
    const round = this.findOpen(roomId)
    if (!round) return undefined
    round.status = 'closed'
    round.closedAt = closedAt
    await this.db.write()
    return structuredClone(round)
  }

  async votes(roundId: string): Promise<Vote[]> {
    return structuredClone(this.db.data.votes.filter((v) => v.roundId === roundId))
  }

  async closedRounds(roomId: string): Promise<Round[]> {
    return structuredClone(this.db.data.rounds.filter((r) => r.roomId === roomId && r.status === 'closed'))
  }

  async changeVotes(roomId: string, participantId: string, decide: (round: Round | undefined, own: Vote[]) => VoteChange) {
    // Decided and applied synchronously, so two requests of one participant cannot both spend the last vote.
    const round = this.findOpen(roomId)
    const ownOf = () => this.db.data.votes.filter((v) => v.roundId === round?.id && v.participantId === participantId)
    const change = decide(structuredClone(round), structuredClone(ownOf()))
    if ('refusal' in change) return { refusal: change.refusal, round: structuredClone(round), ownVotes: structuredClone(ownOf()) }
    if ('add' in change) {
      this.db.data.votes.push(structuredClone(change.add))
    } else {
      const votes = this.db.data.votes
      const index = votes.findLastIndex((v) => v.roundId === round?.id && v.participantId === participantId && v.targetId === change.removeTargetId)
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
}
