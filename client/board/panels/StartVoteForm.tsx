/** Facilitator: open a round on every cluster, or on the selected frames and notes. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { openRound } from '../../api/facilitation.ts'
import { useFrameIds, useSelectedVotables } from './boardTargets.ts'
import { useAction } from './useAction.ts'

export function StartVoteForm(props: { editor: Editor | null; token: string; roomId: string }) {
  const { t } = useTranslation()
  const frames = useFrameIds(props.editor)
  const selected = useSelectedVotables(props.editor)
  const [source, setSource] = useState<'clusters' | 'selection'>('clusters')
  const [votes, setVotes] = useState(3)
  const [perTarget, setPerTarget] = useState(2)
  const [endsIn, setEndsIn] = useState('')
  const { run, error, busy } = useAction()
  const targets = source === 'clusters' ? frames : selected
  const endMinutes = endsIn.trim() === '' ? null : Number(endsIn)
  const valid = targets.length > 0 && votes >= 1 && perTarget >= 1 && (endMinutes === null || endMinutes > 0)

  const start = () =>
    run(() =>
      openRound(props.token, props.roomId, {
        targets,
        votesPerParticipant: votes,
        maxPerTarget: perTarget,
        endsAt: endMinutes === null ? null : new Date(Date.now() + endMinutes * 60_000).toISOString(),
      }),
    )

  return (
    <div className="start-vote" data-testid="start-vote-form">
      <label>
        <input type="radio" name="vote-source" checked={source === 'clusters'} onChange={() => setSource('clusters')} />
        {t('voting.allClusters', { count: frames.length })}
      </label>
      <label>
        <input
          type="radio"
          name="vote-source"
          checked={source === 'selection'}
          onChange={() => setSource('selection')}
          data-testid="vote-source-selection"
        />
        {t('voting.selected', { count: selected.length })}
      </label>
      <div className="row">
        <label>
          {t('voting.votesEach')}
          <input
            type="number"
            min={1}
            max={50}
            value={votes}
            onChange={(e) => setVotes(Number(e.target.value))}
            data-testid="vote-per-participant"
          />
        </label>
        <label>
          {t('voting.maxPerTarget')}
          <input
            type="number"
            min={1}
            max={50}
            value={perTarget}
            onChange={(e) => setPerTarget(Number(e.target.value))}
            data-testid="vote-max-per-target"
          />
        </label>
      </div>
      <label>
        {t('voting.endsIn')}
        <input
          type="number"
          min={1}
          max={600}
          value={endsIn}
          onChange={(e) => setEndsIn(e.target.value)}
          data-testid="vote-ends-in"
        />
      </label>
      <button type="button" className="primary" disabled={busy || !valid} onClick={start} data-testid="vote-start">
        {t('voting.start')}
      </button>
      {targets.length === 0 && (
        <p className="hint">{source === 'clusters' ? t('voting.drawFramesFirst') : t('voting.selectFirst')}</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
