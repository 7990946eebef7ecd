/**
 * When exactly one idea is selected: what it is and who wrote it, with its kind and (for a next step)
 * its owner city to change. Authorship is shown, never editable: the server refuses any change to it.
 */
import { useEditor, useValue, type TLNoteShape } from 'tldraw'
import { useTranslation } from 'react-i18next'
import { mayChangeIdeaWords, type BoardWriter } from '../../../shared/access.ts'
import { IDEA_KINDS, IDEA_KIND_COLORS, type IdeaKind, type IdeaMeta } from '../../../shared/board/ideas.ts'
import type { Affiliation } from '../../api/types.ts'
import { readIdea, withKind } from './ideaRules.ts'
import { IDEA_KIND_ACCENTS, useKindFills } from './kindStyle.ts'

export function IdeaInspector({
  affiliations,
  selfCity,
  writer,
}: {
  affiliations: readonly Affiliation[]
  selfCity: string
  writer?: BoardWriter
}) {
  const { t } = useTranslation()
  const editor = useEditor()
  const fills = useKindFills()
  const selected = useValue('selected idea', () => {
    const shape = editor.getOnlySelectedShape()
    const idea = readIdea(shape ?? undefined)
    return shape && idea ? { shape: shape as TLNoteShape, idea } : null
  }, [editor])
  if (!selected) return null
  const { shape, idea } = selected
  // An idea that names its author is theirs (and facilitators'): the server refuses anyone else's change.
  const locked = writer !== undefined && !mayChangeIdeaWords(writer, idea)

  const update = (meta: IdeaMeta, name: string) => {
    editor.markHistoryStoppingPoint(name)
    editor.updateShape<TLNoteShape>({
      id: shape.id,
      type: 'note',
      meta: { ...meta },
      props: { color: IDEA_KIND_COLORS[meta.kind] },
    })
  }
  const setKind = (kind: IdeaKind) => update(withKind(idea, kind, selfCity), 'change idea kind')
  const setOwner = (ownerCity: string) => update({ ...idea, ownerCity }, 'change next step owner')

  const nameOf = (id: string | null) => (id === null ? null : (affiliations.find((a) => a.id === id)?.name ?? id))
  const cities = affiliations.filter((a) => a.kind === 'city' || a.id === idea.ownerCity)
  const byline = [nameOf(idea.city), idea.authorName].filter(Boolean).join(' · ') || t('identity.anonymous')

  return (
    <section className="idea-inspector" aria-label={t('board.selectedIdea')} data-testid="idea-inspector">
      <span className="board-shapes-label">{t('board.thisIdea')}</span>
      <div className="idea-inspector-kinds" role="radiogroup" aria-label={t('board.kindOfThisIdea')}>
        {IDEA_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={k === idea.kind}
            className={k === idea.kind ? 'selected' : ''}
            style={{ background: fills[k], borderColor: k === idea.kind ? IDEA_KIND_ACCENTS[k] : 'transparent' }}
            title={t(`kinds.${k}`)}
            data-kind={k}
            disabled={locked}
            onClick={() => k !== idea.kind && setKind(k)}
          >
            {t(`kindsShort.${k}`)}
          </button>
        ))}
      </div>
      {idea.kind === 'next-step' && (
        <label className="idea-inspector-owner">
          {t('list.ownerCity')}
          <select
            value={idea.ownerCity ?? ''}
            disabled={locked}
            onChange={(e) => setOwner(e.currentTarget.value)}
            data-testid="idea-owner-select"
          >
            {idea.ownerCity === null && <option value="">—</option>}
            {cities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="idea-inspector-author muted" data-testid="idea-author">
        {t('board.by', { byline })}
      </span>
    </section>
  )
}
