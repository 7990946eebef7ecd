/** A next step's progress notes, oldest first, and (for those who may) a field to add one. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProgressNote } from '../../shared/schema/nextStep.ts'
import { formatDate } from '../i18n/format.ts'

export function StepNotes(props: {
  notes: ProgressNote[]
  busy: boolean
  onAdd: ((text: string) => Promise<boolean>) | null
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const add = async () => {
    if (props.onAdd && text.trim() && (await props.onAdd(text.trim()))) setText('')
  }
  return (
    <div className="step-notes">
      {props.notes.length > 0 ? (
        <ol>
          {props.notes.map((note, i) => (
            <li key={i}>
              <span className="muted small">
                {formatDate(note.at)} · {note.by}
              </span>
              <p>{note.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">{t('cityPage.noNotes')}</p>
      )}
      {props.onAdd && (
        <form
          className="step-note-form"
          onSubmit={(e) => {
            e.preventDefault()
            void add()
          }}
        >
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={4000}
            placeholder={t('cityPage.notePlaceholder')}
            aria-label={t('cityPage.note')}
            data-testid="step-note-input"
          />
          <button type="submit" disabled={props.busy || !text.trim()} data-testid="step-note-add">
            {t('cityPage.addNote')}
          </button>
        </form>
      )}
    </div>
  )
}
