/**
 * Secret dot voting, server-authoritative. Votes are checked and stored here; while a round is open
 * nobody learns anyone's votes or any tally (each participant sees their own dots only); closing the
 * round writes the totals per target and per city into the control document, for everyone, and
 * deletes the ballots. A city's own count is shown only when at least `minGroupSize` of its people
 * voted (shared/voting/rules.ts `tally`). Nothing is voted in a closed room.
 */
import { nanoid } from 'nanoid'
import { readBoard } from '../shared/board/clusters.ts'
import type { SessionClaims } from '../shared/schema/participant.ts'
import type { MyVotes, OpenRound, Results, Round, RoundTarget } from '../shared/schema/voting.ts'
import { myVotes, refuseRetraction, refuseVote, tally } from '../shared/voting/rules.ts'
import type { RoomDocuments } from './roomDocuments.ts'
import { DomainError } from './domainError.ts'
import { refuseIfClosed, type RoomStatusOf } from './roomStatus.ts'
import type { ClosedRound, CountVotes, VotingStore } from './storage/types.ts'

export interface Voting {
  open(roomId: string, input: OpenRound, by: SessionClaims): Promise<Round>
  close(roomId: string): Promise<{ round: Round; results: Results }>
  /** Closes the room's open round if there is one (the room is closing). */
  closeIfOpen(roomId: string): Promise<ClosedRound | undefined>
  /** Seals rounds closed before ballots were deleted on close (at start): results kept, ballots deleted. */
  sealClosedRounds(): Promise<number>
  cast(roomId: string, voter: SessionClaims, targetId: string): Promise<MyVotes>
  retract(roomId: string, voter: SessionClaims, targetId: string): Promise<MyVotes>
  mine(roomId: string, voter: SessionClaims): Promise<MyVotes>
}

export function createVoting(deps: {
  store: VotingStore
  collab: RoomDocuments
  statusOf: RoomStatusOf
  /** MIN_GROUP_SIZE: the fewest voters a city (or the pool of other cities) needs for its own count. */
  minGroupSize: number
  now?: () => Date
}): Voting {
  const { store, collab, statusOf } = deps
  const now = deps.now ?? (() => new Date())
  const count: CountVotes = (round, votes) => tally(round, votes, deps.minGroupSize)

  /** Closes the open round and reveals its results to everyone, in the control document. */
  async function closeRound(roomId: string): Promise<ClosedRound | undefined> {
    const closed = await store.closeRound(roomId, now().toISOString(), count)
    if (closed) await collab.writeControl(roomId, (control) => control.set('voting', closed))
    return closed
  }

  /** Targets must be clusters (frames) or ideas on the board; their labels are taken from it. */
  async function resolveTargets(roomId: string, ids: string[]): Promise<RoundTarget[]> {
    const { ideas, clusters } = readBoard(await collab.boardRecords(roomId))
    return [...new Set(ids)].map((id) => {
      const cluster = clusters.find((c) => c.id === id)
      if (cluster) return { id, label: cluster.title, kind: 'cluster' as const }
      const idea = ideas.find((i) => i.id === id)
      if (idea) return { id, label: idea.text.slice(0, 120) || '(empty idea)', kind: 'idea' as const }
      throw new DomainError('unknown_target', `"${id}" is neither a cluster nor an idea on this board`, 'invalid')
    })
  }

  return {
    async open(roomId, input, by) {
      await refuseIfClosed(statusOf, roomId)
      const round: Round = {
        id: nanoid(),
        roomId,
        targets: await resolveTargets(roomId, input.targets),
        votesPerParticipant: input.votesPerParticipant,
        maxPerTarget: input.maxPerTarget,
        endsAt: input.endsAt,
        status: 'open',
        openedAt: now().toISOString(),
        closedAt: null,
        openedBy: by.sub,
      }
      if (!(await store.openRound(round)))
        throw new DomainError('round_open', 'A voting round is already open: close it first')
      await collab.writeControl(roomId, (control) => control.set('voting', { round, results: null }))
      return round
    },

    async close(roomId) {
      const closed = await closeRound(roomId)
      if (!closed) throw new DomainError('no_open_round', 'No voting round is open')
      return closed
    },

    closeIfOpen: closeRound,
    sealClosedRounds: () => store.sealClosedRounds(count),

    async cast(roomId, voter, targetId) {
      await refuseIfClosed(statusOf, roomId)
      const outcome = await store.changeVotes(roomId, voter.sub, (round, own) => {
        const refusal = refuseVote(round ?? null, own, targetId, now())
        return refusal
          ? { refusal }
          : {
              add: {
                roundId: round!.id,
                participantId: voter.sub,
                city: voter.city,
                targetId,
                castAt: now().toISOString(),
              },
            }
      })
      if (outcome.refusal) throw new DomainError(outcome.refusal.code, outcome.refusal.message)
      return myVotes(outcome.round ?? null, outcome.ownVotes)
    },

    async retract(roomId, voter, targetId) {
      await refuseIfClosed(statusOf, roomId)
      const outcome = await store.changeVotes(roomId, voter.sub, (round, own) => {
        const refusal = refuseRetraction(round ?? null, own, targetId, now())
        return refusal ? { refusal } : { removeTargetId: targetId }
      })
      if (outcome.refusal) throw new DomainError(outcome.refusal.code, outcome.refusal.message)
      return myVotes(outcome.round ?? null, outcome.ownVotes)
    },

    async mine(roomId, voter) {
      const round = await store.openRoundOf(roomId)
      const own = round ? (await store.votes(round.id)).filter((v) => v.participantId === voter.sub) : []
      return myVotes(round ?? null, own)
    },
  }
}
