/** Facilitator: phase, agenda, timer, lock, identity mode and "bring everyone here". */
import { useState } from 'react'
import { IDENTITY_MODES, type IdentityMode } from '../../../shared/board/ideas.ts'
import type { Control } from '../control.ts'
import { AgendaEditor } from './AgendaEditor.tsx'
import { TimerControls } from './TimerControls.tsx'

const IDENTITY_LABELS: Record<IdentityMode, string> = { named: 'Named', city: 'City only', anonymous: 'Anonymous' }

export function FacilitatorControls({ control }: { control: Control }) {
  const [editing, setEditing] = useState(false)
  const { phases, phase, locked, identityMode } = control.state
  return (
    <section className="panel" aria-label="Facilitation" data-testid="facilitation-panel">
      <h3>Facilitation</h3>
      <div className="row">
        <button type="button" disabled={phase <= 0} onClick={() => control.setPhase(phase - 1)} data-testid="phase-prev">
          ‹ Previous
        </button>
        <button type="button" disabled={phase >= phases.length - 1} onClick={() => control.setPhase(phase + 1)} data-testid="phase-next">
          Next phase ›
        </button>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)} data-testid="agenda-edit">
            Edit agenda
          </button>
        )}
      </div>
      {editing && <AgendaEditor control={control} onDone={() => setEditing(false)} />}
      <TimerControls control={control} />
      <div className="row">
        <button type="button" aria-pressed={locked} onClick={() => control.setLocked(!locked)} data-testid="lock-toggle" className={locked ? 'danger' : undefined}>
          {locked ? 'Unlock the board' : 'Lock the board'}
        </button>
        <button type="button" onClick={control.bringEveryoneHere} data-testid="bring-everyone" title="Everyone's view follows yours until they move">
          Bring everyone here
        </button>
      </div>
      <label>
        Identity on new ideas
        <select value={identityMode} onChange={(e) => control.setIdentityMode(e.target.value as IdentityMode)} data-testid="identity-mode">
          {IDENTITY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {IDENTITY_LABELS[mode]}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
