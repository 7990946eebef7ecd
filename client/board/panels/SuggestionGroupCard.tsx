/**
 * One proposed cluster in the preview: editable title, why its ideas were grouped (the concepts or
 * words they share), its ideas (each removable), drop the group.
 */
import { useTranslation } from 'react-i18next'
import type { Editor, TLShapeId } from 'tldraw'
import { shapeLabel } from './boardTargets.ts'
import { $highlighted } from './highlight.ts'

export interface DraftGroup {
  key: number
  title: string
  /** What the ideas share, e.g. "schools · parents" (from the server; not editable). */
  explanation: string
  ids: string[]
}

export function SuggestionGroupCard(props: {
  group: DraftGroup
  editor: Editor
  onChange: (group: DraftGroup) => void
  onDrop: () => void
}) {
  const { t } = useTranslation()
  const { group, editor } = props
  const show = (ids: string[]) => $highlighted.set(ids)
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering only highlights the group on the canvas; focus does the same for the keyboard
    <section
      className="suggestion-group"
      data-testid="suggestion-group"
      onMouseEnter={() => show(group.ids)}
      onMouseLeave={() => show([])}
      onFocus={() => show(group.ids)}
    >
      <div className="row">
        <input
          value={group.title}
          maxLength={120}
          onChange={(e) => props.onChange({ ...group, title: e.target.value })}
          aria-label={t('clusters.title')}
          data-testid="suggestion-title"
          style={{ flex: 1 }}
        />
        <button
          type="button"
          className="drop danger"
          onClick={props.onDrop}
          data-testid="suggestion-drop"
          title={t('clusters.dropHint')}
        >
          {t('clusters.drop')}
        </button>
      </div>
      {group.explanation && (
        <p className="suggestion-why" data-testid="suggestion-explanation">
          <span className="sr-only">{t('clusters.shared')} </span>
          {group.explanation}
        </p>
      )}
      <ul>
        {group.ids.map((id) => (
          <li key={id} data-testid="suggestion-idea" data-idea-id={id}>
            <span>{shapeLabel(editor.getShape(id as TLShapeId), t)}</span>
            <button
              type="button"
              aria-label={t('clusters.removeIdea')}
              onClick={() => {
                const ids = group.ids.filter((other) => other !== id)
                props.onChange({ ...group, ids })
                show(ids)
              }}
              data-testid="suggestion-remove-idea"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
