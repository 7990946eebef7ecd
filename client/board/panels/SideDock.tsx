/** The column right of the board: facilitation (facilitators), voting and results, clusters. */
import { useState } from 'react'
import type { Editor } from 'tldraw'
import type { Affiliation, Role } from '../../api/types.ts'
import type { Control } from '../control.ts'
import { ClusterSuggestions } from './ClusterSuggestions.tsx'
import { FacilitatorControls } from './FacilitatorControls.tsx'
import { VotingPanel } from './VotingPanel.tsx'
import './panels.css'

export interface SideDockProps {
  control: Control
  editor: Editor | null
  token: string
  roomId: string
  role: Role
  affiliations: Affiliation[]
}

export function SideDock(props: SideDockProps) {
  const { control } = props
  const [open, setOpen] = useState(true)
  const { round, results } = control.state.voting
  // Participants get the dock only when there is something for them in it.
  if (!control.canFacilitate && round?.status !== 'open' && !results) return null
  return (
    <aside className={`side-dock${open ? '' : ' collapsed'}`} aria-label="Facilitation and voting" data-testid="side-dock">
      <button type="button" className="side-dock-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide panel ›' : '‹ Panel'}
      </button>
      {open && (
        <>
          {control.canFacilitate && <FacilitatorControls control={control} />}
          <VotingPanel {...props} />
          {control.canFacilitate && <ClusterSuggestions editor={props.editor} token={props.token} roomId={props.roomId} />}
        </>
      )}
    </aside>
  )
}
