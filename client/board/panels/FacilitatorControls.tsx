/** Facilitator: phase, agenda, timer, lock, identity mode and "bring everyone here". */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IDENTITY_MODES, type IdentityMode } from '../../../shared/board/ideas.ts'
import type { Control } from '../control.ts'
import { AgendaEditor } from './AgendaEditor.tsx'
import { TimerControls } from './TimerControls.tsx'

export function FacilitatorControls({ control }: { control: Control }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const { phases, phase, locked, identityMode } = control.state
  return (
    <section className="panel" aria-label={t('facilitation.heading')} data-testid="facilitation-panel">
      <h3>{t('facilitation.heading')}</h3>
      <div className="row">
        <button
          type="button"
          disabled={phase <= 0}
          onClick={() => control.setPhase(phase - 1)}
          data-testid="phase-prev"
        >
          ‹ {t('facilitation.previous')}
        </button>
        <button
          type="button"
          disabled={phase >= phases.length - 1}
          onClick={() => control.setPhase(phase + 1)}
          data-testid="phase-next"
        >
          {t('facilitation.next')} ›
        </button>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)} data-testid="agenda-edit">
            {t('facilitation.editAgenda')}
          </button>
        )}
      </div>
      {editing && <AgendaEditor control={control} onDone={() => setEditing(false)} />}
      <TimerControls control={control} />
      <div className="row">
        <button
          type="button"
          aria-pressed={locked}
          onClick={() => control.setLocked(!locked)}
          data-testid="lock-toggle"
          className={locked ? 'danger' : undefined}
        >
          {locked ? t('facilitation.unlock') : t('facilitation.lock')}
        </button>
        <button
          type="button"
          onClick={control.bringEveryoneHere}
          data-testid="bring-everyone"
          title={t('facilitation.bringEveryoneHint')}
        >
          {t('facilitation.bringEveryone')}
        </button>
      </div>
      <label>
        {t('facilitation.identity')}
        <select
          value={identityMode}
          onChange={(e) => control.setIdentityMode(e.target.value as IdentityMode)}
          data-testid="identity-mode"
        >
          {IDENTITY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`identity.${mode}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
