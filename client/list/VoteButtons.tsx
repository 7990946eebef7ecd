/**
 * One target's dots in an open round: "Add a dot to …", "Take a dot back from …", and my count.
 * The buttons are aria-disabled rather than disabled, so that a keyboard user's focus stays on the
 * button they pressed while the vote is sent.
 */
import { useTranslation } from 'react-i18next'
import type { useMyVotes } from '../board/panels/useMyVotes.ts'

export function VoteButtons({
  targetId,
  title,
  votes,
}: {
  targetId: string
  title: string
  votes: ReturnType<typeof useMyVotes>
}) {
  const { t } = useTranslation()
  const mine = votes.mine?.mine[targetId] ?? 0
  const canAdd = !votes.busy && (votes.mine === null || votes.mine.remaining > 0)
  const canTake = !votes.busy && mine > 0
  return (
    <span className="vote-buttons" data-testid="vote-buttons" data-target-id={targetId} data-mine={mine}>
      <button
        type="button"
        aria-label={t('list.takeDot', { title })}
        aria-disabled={!canTake}
        onClick={() => canTake && votes.minus(targetId)}
      >
        −
      </button>
      <span className="my-dots">{t('list.myDots', { count: mine })}</span>
      <button
        type="button"
        aria-label={t('list.addDot', { title })}
        aria-disabled={!canAdd}
        onClick={() => canAdd && votes.plus(targetId)}
      >
        +
      </button>
    </span>
  )
}
