/** An entry's title; the secretariat edits it in place (Enter saves, Escape cancels). */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export function EntryTitle(props: { title: string; editable: boolean; onSave: (title: string) => Promise<boolean> }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  if (draft === null) {
    return (
      <h3 className="entry-title">
        {props.title || <span className="muted">{t('review.entry.untitled')}</span>}
        {props.editable && (
          <button
            type="button"
            className="link small"
            data-testid="entry-edit-title"
            onClick={() => setDraft(props.title)}
          >
            {t('review.entry.editTitle')}
          </button>
        )}
      </h3>
    )
  }
  const save = async () => {
    const title = draft.trim()
    if (!title || title === props.title) return setDraft(null)
    setSaving(true)
    const ok = await props.onSave(title)
    setSaving(false)
    if (ok) setDraft(null)
  }
  return (
    <form
      className="entry-title-form"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <input
        aria-label={t('review.entry.title')}
        data-testid="entry-title-input"
        value={draft}
        maxLength={200}
        autoFocus
        disabled={saving}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
      />
      <button type="submit" disabled={saving}>
        {t('common.save')}
      </button>
      <button type="button" className="link" onClick={() => setDraft(null)}>
        {t('common.cancel')}
      </button>
    </form>
  )
}
