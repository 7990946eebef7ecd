/** Facilitator: edit the agenda's phases (rename, add, remove, reorder); saved in one write. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Control } from '../control.ts'

const MAX_PHASES = 20

export function AgendaEditor({ control, onDone }: { control: Control; onDone: () => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(control.state.phases)
  const set = (index: number, value: string) => setDraft(draft.map((p, i) => (i === index ? value : p)))
  const remove = (index: number) => setDraft(draft.filter((_, i) => i !== index))
  const move = (index: number, by: -1 | 1) => {
    const next = [...draft]
    ;[next[index], next[index + by]] = [next[index + by], next[index]]
    setDraft(next)
  }
  const valid = draft.some((p) => p.trim() !== '') && draft.every((p) => p.trim().length <= 80)

  return (
    <div className="agenda-editor" data-testid="agenda-editor">
      <ol>
        {draft.map((phase, i) => (
          <li key={i} className={i === control.state.phase ? 'current' : undefined}>
            <div className="row">
              <input
                value={phase}
                maxLength={80}
                onChange={(e) => set(i, e.target.value)}
                aria-label={t('facilitation.phaseN', { n: i + 1 })}
              />
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={t('facilitation.moveUp')}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === draft.length - 1}
                aria-label={t('facilitation.moveDown')}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => remove(i)}
                disabled={draft.length === 1}
                aria-label={t('facilitation.removePhase')}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="row">
        <button type="button" onClick={() => setDraft([...draft, ''])} disabled={draft.length >= MAX_PHASES}>
          {t('facilitation.addPhase')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!valid}
          onClick={() => {
            control.setPhases(draft)
            onDone()
          }}
          data-testid="agenda-save"
        >
          {t('facilitation.saveAgenda')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
