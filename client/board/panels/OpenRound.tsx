/**
 * The open round: every target with my own dots and + / −, my remaining votes, voting for what is
 * selected on the board. No tallies: nobody sees anyone else's dots until the facilitator reveals.
 */
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { PublicRound } from '../../../shared/schema/voting.ts'
import type { Role } from '../../api/types.ts'
import { formatTime } from '../../i18n/format.ts'
import { useSelectedTargets } from './boardTargets.ts'
import { useMyVotes } from './useMyVotes.ts'

export function OpenRound(props: {
  round: PublicRound
  editor: Editor | null
  token: string
  roomId: string
  role: Role
  serverNow: () => number
}) {
  const { t } = useTranslation()
  const { round, editor } = props
  const canVote = props.role !== 'observer'
  const votes = useMyVotes(props.token, props.roomId, round)
  const selectedTargets = useSelectedTargets(
    editor,
    round.targets.map((t) => t.id),
  )
  const ended = round.endsAt !== null && props.serverNow() >= Date.parse(round.endsAt)
  const remaining = votes.mine?.remaining ?? round.votesPerParticipant
  const focus = (id: string) => {
    const bounds = editor?.getShapePageBounds(id as never)
    if (editor && bounds) editor.select(id as never).zoomToBounds(bounds, { animation: { duration: 200 }, inset: 80 })
  }

  return (
    <div className="open-round" data-testid="open-round">
      <p className="hint">
        {t('voting.secret', { max: round.maxPerTarget })}
        {round.endsAt && ` ${t('voting.endsAt', { time: formatTime(round.endsAt) })}`}
      </p>
      {canVote ? (
        <p className="vote-remaining" data-testid="vote-remaining" data-remaining={remaining}>
          {ended ? t('voting.ended') : t('voting.votesLeft', { count: remaining })}
        </p>
      ) : (
        <p className="hint">{t('voting.observers')}</p>
      )}
      {canVote && (
        <button
          type="button"
          disabled={votes.busy || ended || selectedTargets.length === 0}
          onClick={() => votes.plusAll(selectedTargets)}
          data-testid="vote-selection"
        >
          {selectedTargets.length > 1
            ? t('voting.voteSelectionCount', { count: selectedTargets.length })
            : t('voting.voteSelection')}
        </button>
      )}
      {votes.error && (
        <p className="error" role="alert" data-testid="vote-error">
          {votes.error}
        </p>
      )}
      <ul className="vote-targets">
        {round.targets.map((target) => {
          const count = votes.mine?.mine[target.id] ?? 0
          return (
            <li
              key={target.id}
              className="vote-target"
              data-testid="vote-target"
              data-target-id={target.id}
              data-mine={count}
            >
              <button
                type="button"
                className="label link"
                onClick={() => focus(target.id)}
                title={t('voting.showOnBoard')}
              >
                <span className="kind">{target.kind === 'cluster' ? t('voting.cluster') : t('voting.idea')}</span>{' '}
                {target.label}
              </button>
              {canVote && (
                <span className="vote-dots">
                  <button
                    type="button"
                    aria-label={t('voting.takeVote')}
                    disabled={votes.busy || ended || count === 0}
                    onClick={() => votes.minus(target.id)}
                    data-testid="vote-minus"
                  >
                    −
                  </button>
                  {Array.from({ length: count }, (_, i) => (
                    <span key={i} className="my-dot" aria-hidden="true" />
                  ))}
                  <span className="sr-only">{t('voting.yourVotes', { count })}</span>
                  <button
                    type="button"
                    aria-label={t('voting.addVote')}
                    disabled={votes.busy || ended}
                    onClick={() => votes.plus(target.id)}
                    data-testid="vote-plus"
                  >
                    +
                  </button>
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
