/**
 * Ideas are tldraw notes (type 'note'); this util replaces tldraw's own to draw, on each note, what
 * the idea is: its kind, the author's city and name (when the identity mode kept them) and, for a
 * next step, the owning city. Editing, the Tab / Cmd-Enter flow and clone handles stay tldraw's.
 */
import { NoteShapeUtil, type NoteShapeOptions, type SvgExportContext, type TLNoteShape } from 'tldraw'
import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import { mayChangeIdeaWords, type BoardWriter } from '../../../shared/access.ts'
import type { Affiliation } from '../../api/types.ts'
import { readIdea } from '../ideas/ideaRules.ts'
import { ideaDescriptor } from './shapeDescriptors.ts'
import { IDEA_KIND_ACCENTS } from '../ideas/kindStyle.ts'
import '../ideas/ideas.css'

export interface IdeaNoteOptions extends NoteShapeOptions {
  /** Cities and other affiliations (GET /api/config), for names and colours. */
  affiliations: readonly Affiliation[]
  /** Who edits: an idea that names its author is theirs (and facilitators'). Unset: anyone. */
  writer?: BoardWriter
}

/** Room for the kind badge above the text and the author line below it. */
const LABEL_PADDING = 26

export class IdeaNoteShapeUtil extends NoteShapeUtil {
  // tldraw's note options (set by NoteShapeUtil's own initializer) with ours on top.
  override options: IdeaNoteOptions = {
    ...(this as NoteShapeUtil).options,
    getCustomDisplayValues: () => ({ labelPadding: LABEL_PADDING }),
    affiliations: [],
  }

  override canEdit(shape: TLNoteShape) {
    const idea = readIdea(shape)
    return !this.options.writer || !idea || mayChangeIdeaWords(this.options.writer, idea)
  }

  override component(shape: TLNoteShape) {
    return (
      <>
        {super.component(shape)}
        <IdeaLabels shape={shape} affiliations={this.options.affiliations} />
      </>
    )
  }

  /** Exports (copy as PNG/SVG) show the same labels, over tldraw's own note drawing. */
  override toSvg(shape: TLNoteShape, ctx: SvgExportContext) {
    const height = 200 + shape.props.growY
    return (
      <>
        {super.toSvg(shape, ctx)}
        <foreignObject x={0} y={0} width={200} height={height} className="tl-export-embed-styles">
          <div style={{ position: 'relative', width: '100%', height: '100%' }}>
            <IdeaLabels
              shape={{ ...shape, props: { ...shape.props, scale: 1 } }}
              affiliations={this.options.affiliations}
            />
          </div>
        </foreignObject>
      </>
    )
  }

  // tldraw stamps the note's last writer into props.textLastEditedBy; in city and anonymous mode that
  // would name the author, so ideas never carry it (authorship is in meta, as the mode allows).
  /** Read by tldraw's keyboard navigation of shapes, after the note's text (getText). */
  override getAriaDescriptor(shape: TLNoteShape) {
    const idea = readIdea(shape)
    return idea ? ideaDescriptor(idea, this.options.affiliations, i18next.t) : undefined
  }

  override onBeforeUpdate(prev: TLNoteShape, next: TLNoteShape) {
    const updated = super.onBeforeUpdate(prev, next)
    const shape = updated ?? next
    if (shape.props.textLastEditedBy === null) return updated
    return { ...shape, props: { ...shape.props, textLastEditedBy: null } }
  }

  override onBeforeDuplicate(_source: TLNoteShape, duplicate: TLNoteShape) {
    return duplicate.props.textLastEditedBy === null
      ? undefined
      : { ...duplicate, props: { ...duplicate.props, textLastEditedBy: null } }
  }
}

function IdeaLabels({ shape, affiliations }: { shape: TLNoteShape; affiliations: readonly Affiliation[] }) {
  const { t } = useTranslation()
  const idea = readIdea(shape)
  if (!idea) return null
  const { scale } = shape.props
  const city = affiliations.find((a) => a.id === idea.city)
  const owner = idea.kind === 'next-step' ? affiliations.find((a) => a.id === idea.ownerCity) : undefined
  const byline = [city?.name ?? idea.city, idea.authorName].filter(Boolean).join(' · ')
  return (
    <div
      className="idea-labels"
      data-kind={idea.kind}
      data-city={idea.city ?? ''}
      style={{ fontSize: 11 * scale, ['--idea-scale' as string]: scale }}
    >
      <div className="idea-labels-top">
        <span className="idea-kind-badge" style={{ background: IDEA_KIND_ACCENTS[idea.kind] }} data-testid="idea-kind">
          {t(`kinds.${idea.kind}`)}
        </span>
        {idea.kind === 'next-step' && idea.ownerCity && (
          <span
            className="idea-owner"
            title={t('list.ownedBy', { city: owner?.name ?? idea.ownerCity })}
            data-testid="idea-owner"
          >
            <span className="dot" style={{ background: owner?.color ?? '#888' }} aria-hidden="true" />
            {owner?.name ?? idea.ownerCity}
          </span>
        )}
      </div>
      {byline && (
        <div className="idea-byline" data-testid="idea-byline" title={byline}>
          {idea.city && <span className="dot" style={{ background: city?.color ?? '#888' }} aria-hidden="true" />}
          <span className="idea-byline-text">{byline}</span>
        </div>
      )}
    </div>
  )
}
