/** The column right of the board: facilitation (facilitators), the last rooms' next steps, voting and results, clusters, snapshots. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { Affiliation, Role } from '../../api/types.ts'
import type { Control } from '../control.ts'
import { ClusterSuggestions } from './ClusterSuggestions.tsx'
import { FacilitatorControls } from './FacilitatorControls.tsx'
import { LobbyPanel } from './LobbyPanel.tsx'
import { PreviousNextSteps } from './PreviousNextSteps.tsx'
import { isResultsPhase } from './previousSteps.ts'
import { SnapshotButton } from './SnapshotButton.tsx'
import { VotingPanel } from './VotingPanel.tsx'
import './panels.css'
import './between.css'

export interface SideDockProps {
  control: Control
  editor: Editor | null
  token: string
  roomId: string
  role: Role
  affiliations: Affiliation[]
  /** This person's participant id (the lobby offers to remove everyone else). */
  selfId: string
}

export function SideDock(props: SideDockProps) {
  const { t } = useTranslation()
  const { control } = props
  const [open, setOpen] = useState(true)
  const { round, results } = control.state.voting
  // Participants get the dock only when there is something for them in it.
  const resultsPhase = isResultsPhase(control.state)
  if (!control.canFacilitate && round?.status !== 'open' && !results && !resultsPhase) return null
  return (
    <aside className={`side-dock${open ? '' : ' collapsed'}`} aria-label={t('panels.dock')} data-testid="side-dock">
      <button type="button" className="side-dock-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? `${t('panels.hide')} ›` : `‹ ${t('panels.show')}`}
      </button>
      {open && (
        <>
          {control.canFacilitate && <FacilitatorControls control={control} />}
          {control.canFacilitate && (
            <LobbyPanel
              token={props.token}
              roomId={props.roomId}
              selfId={props.selfId}
              affiliations={props.affiliations}
            />
          )}
          {resultsPhase && (
            <PreviousNextSteps token={props.token} roomId={props.roomId} affiliations={props.affiliations} />
          )}
          <VotingPanel {...props} />
          {control.canFacilitate && (
            <ClusterSuggestions editor={props.editor} token={props.token} roomId={props.roomId} />
          )}
          {control.canFacilitate && (
            <SnapshotButton
              token={props.token}
              roomId={props.roomId}
              phaseName={control.state.phases[control.state.phase] ?? ''}
            />
          )}
        </>
      )}
    </aside>
  )
}
