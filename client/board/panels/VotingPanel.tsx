/** Dot voting in the side dock: start (facilitator), vote while open, close and reveal, then results. */
import { useTranslation } from 'react-i18next'
import { closeRound } from '../../api/facilitation.ts'
import { OpenRound } from './OpenRound.tsx'
import { ResultsPanel } from './ResultsPanel.tsx'
import type { SideDockProps } from './SideDock.tsx'
import { StartVoteForm } from './StartVoteForm.tsx'
import { useAction } from './useAction.ts'

/** The side dock hands its own props down. */
export type VotingPanelProps = SideDockProps

export function VotingPanel(props: VotingPanelProps) {
  const { t } = useTranslation()
  const { control } = props
  const { round, results } = control.state.voting
  const open = round?.status === 'open' ? round : null
  const close = useAction()
  if (!open && !results && !control.canFacilitate) return null

  return (
    <section className="panel" aria-label={t('voting.heading')} data-testid="voting-panel">
      <h3>{open ? t('voting.open') : results ? t('voting.results') : t('voting.heading')}</h3>
      {open && (
        <OpenRound
          round={open}
          editor={props.editor}
          token={props.token}
          roomId={props.roomId}
          role={props.role}
          serverNow={control.serverNow}
        />
      )}
      {open && control.canFacilitate && (
        <button
          type="button"
          className="primary"
          disabled={close.busy}
          onClick={() => close.run(() => closeRound(props.token, props.roomId))}
          data-testid="vote-close"
        >
          {t('voting.closeAndReveal')}
        </button>
      )}
      {close.error && (
        <p className="error" role="alert">
          {close.error}
        </p>
      )}
      {!open && results && <ResultsPanel results={results} affiliations={props.affiliations} editor={props.editor} />}
      {!open && control.canFacilitate && (
        <details open={!results}>
          <summary>{results ? t('voting.startAnother') : t('voting.start')}</summary>
          <StartVoteForm editor={props.editor} token={props.token} roomId={props.roomId} />
        </details>
      )}
    </section>
  )
}
