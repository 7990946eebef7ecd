/**
 * My own dots in the open round (GET /votes/mine, then each vote's answer). While a round is open
 * nobody sees a tally: this is all a participant knows about the votes.
 */
import i18next from 'i18next'
import { useEffect, useState } from 'react'
import type { MyVotes, PublicRound, Vote } from '../../../shared/schema/voting.ts'
import { refuseVote, type VoteRefusal } from '../../../shared/voting/rules.ts'
import { castVote, getMyVotes, retractVote } from '../../api/facilitation.ts'
import { useAction } from './useAction.ts'

export function useMyVotes(token: string, roomId: string, round: PublicRound | null) {
  const [mine, setMine] = useState<MyVotes | null>(null)
  const { run, error, setError, busy } = useAction()
  const openRoundId = round?.status === 'open' ? round.id : null

  useEffect(() => {
    setMine(null)
    setError(null)
    if (!openRoundId) return
    let live = true
    getMyVotes(token, roomId).then(
      (votes) => live && setMine(votes),
      () => live && setError(i18next.t('voting.loadError')),
    )
    return () => {
      live = false
    }
  }, [openRoundId, token, roomId, setError])

  // The server decides; checking my own dots first with the same rules spares a request that would
  // be refused (budget spent, cap on this target) and answers at once.
  const cast = async (targetId: string) => {
    const refusal = round && mine ? refuseVote(round, ownVotes(round, mine), targetId, new Date()) : null
    if (refusal && refusal.code !== 'round_ended') throw new Error(refusalText(refusal, round))
    setMine(await castVote(token, roomId, targetId))
  }

  return {
    mine,
    error,
    busy,
    plus: (targetId: string) => run(() => cast(targetId)),
    minus: (targetId: string) => run(async () => setMine(await retractVote(token, roomId, targetId))),
    /** One more dot on each target, in order; stops at the first refusal. */
    plusAll: (targetIds: string[]) =>
      run(async () => {
        for (const id of targetIds) await cast(id)
      }),
  }
}

/** A refusal in the chosen language: with the round's numbers where we have them, else its code's text. */
function refusalText(refusal: VoteRefusal, round: PublicRound | null): string {
  if (refusal.code === 'budget_spent') return i18next.t('voting.budgetSpent', { count: round?.votesPerParticipant })
  if (refusal.code === 'target_cap_reached') return i18next.t('voting.capReached', { count: round?.maxPerTarget })
  return i18next.t(`errors.${refusal.code}`)
}

/** My dots as the rules see them (only targets and counts matter to them). */
function ownVotes(round: PublicRound, mine: MyVotes): Vote[] {
  return Object.entries(mine.mine).flatMap(([targetId, count]) =>
    Array.from({ length: count }, () => ({ roundId: round.id, participantId: '', city: '', targetId, castAt: '' })),
  )
}
