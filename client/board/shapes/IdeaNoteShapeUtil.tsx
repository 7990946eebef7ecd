/**
 * Ideas are tldraw notes (type 'note'); this util replaces tldraw's own to draw, on each note, what
 * the idea is: its kind, the author's city and name (when the identity mode kept them) and, for a
 * next step, the owning city. Editing, the Tab / Cmd-Enter flow and clone handles stay tldraw's.
 *
 * A board holds thousands of ideas, and tldraw mounts every note of the page (it hides the ones out
 * of view). So a note that is not selected, edited or ready for editing is drawn by StaticNote: the
 * same elements as tldraw's note, without its text editor's hooks and without TipTap for plain text
 * (NoteParagraphs.tsx); a note out of view draws only its fill. The label's size, which tldraw measures
 * in the DOM for every note's geometry, is measured when something asks where the label is.
 */
import {
  atom,
  getDisplayValues,
  Group2d,
  NoteShapeUtil,
  Rectangle2d,
  resolveLineHeightPx,
  track,
  useValue,
  type NoteShapeOptions,
  type NoteShapeUtilDisplayValues,
  type SvgExportContext,
  type TLFontFace,
  type TLNoteShape,
  type TLShapeId,
} from 'tldraw'
import i18next, { type TFunction } from 'i18next'
import { mayChangeIdeaWords, type BoardWriter } from '../../../shared/access.ts'
import type { Affiliation } from '../../api/types.ts'
import { readIdea } from '../ideas/ideaRules.ts'
import { ideaDescriptor } from './shapeDescriptors.ts'
import { IDEA_KIND_ACCENTS } from '../ideas/kindStyle.ts'
import { isEmptyRichText, noteLabelSize, noteShadow } from '../../librarySeams.ts'
import { NoteParagraphs, plainParagraphs } from './NoteParagraphs.tsx'
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
    // Read here, inside tldraw's tracking of the shape (InnerShape): a theme, colour mode or language
    // change draws the note again, with no tracking of our own per note.
    const dv = getDisplayValues(this, shape)
    $language.get()
    return <IdeaNote util={this} shape={shape} dv={dv} />
  }

  /** tldraw's own note, with its text editor (selected, edited, or anything StaticNote does not draw). */
  tldrawComponent(shape: TLNoteShape) {
    return super.component(shape)
  }

  /**
   * tldraw's geometry (NoteShapeUtil.getGeometry), with the label's rectangle measured only when
   * asked for: the note's bounds do not depend on it, and tldraw asks for every note's bounds at once.
   */
  override getGeometry(shape: TLNoteShape) {
    const { scale } = shape.props
    const dv = getDisplayValues(this, shape)
    const nw = dv.noteWidth * scale
    const nh = (dv.noteHeight + shape.props.growY) * scale
    return new Group2d({
      children: [
        new Rectangle2d({ width: nw, height: nh, isFilled: true }),
        new LazyLabel2d(() => {
          const { labelWidth, labelHeight } = noteLabelSize(this, shape)
          const lw = labelWidth * scale
          const lh = labelHeight * scale
          const h = dv.labelHorizontalAlign
          const v = dv.labelVerticalAlign
          return {
            x: h === 'start' ? 0 : h === 'end' ? nw - lw : (nw - lw) / 2,
            y: v === 'start' ? 0 : v === 'end' ? nh - lh : (nh - lh) / 2,
            width: lw,
            height: lh,
          }
        }),
      ],
    })
  }

  /** Per font, with the theme they were read under: what a note of unformatted text needs. */
  private plainTextFaces = new Map<string, { theme: unknown; faces: TLFontFace[] }>()

  /**
   * tldraw's (which parses the text into TipTap's schema for every note): a note of unformatted text
   * needs the same faces as any other in its font, so they are worked out once per font and theme.
   */
  override getFontFaces(shape: TLNoteShape) {
    const { font, richText, textLastEditedBy } = shape.props
    if (textLastEditedBy !== null || isEmptyRichText(richText) || plainParagraphs(richText) === null)
      return super.getFontFaces(shape)
    const theme = this.editor.getCurrentTheme()
    const known = this.plainTextFaces.get(font)
    if (known?.theme === theme) return known.faces
    const faces = super.getFontFaces(shape)
    this.plainTextFaces.set(font, { theme, faces })
    return faces
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
              t={i18next.t}
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

/**
 * The language the labels are in, as a tldraw atom: each note reads it in tldraw's tracking and draws
 * again when it changes (one read per note, where react-i18next's useTranslation kept two listeners).
 */
const $language = atom('idea labels language', i18next.language)
i18next.on('languageChanged', (language) => $language.set(language))

function IdeaLabels({
  shape,
  affiliations,
  t,
}: {
  shape: TLNoteShape
  affiliations: readonly Affiliation[]
  t: TFunction
}) {
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

/** A rectangle whose place is worked out on first use (the note's label: measuring it is costly). */
class LazyLabel2d extends Rectangle2d {
  private readonly place: () => { x: number; y: number; width: number; height: number }
  private placed: Rectangle2d | undefined

  constructor(place: () => { x: number; y: number; width: number; height: number }) {
    super({ width: 0, height: 0, isFilled: true, isLabel: true, excludeFromShapeBounds: true })
    this.place = place
  }

  private get rectangle() {
    this.placed ??= new Rectangle2d({ ...this.place(), isFilled: true })
    return this.placed
  }

  override getVertices() {
    return this.rectangle.getVertices()
  }

  override getBounds() {
    return this.rectangle.getBounds()
  }

  override getSvgPathData() {
    return this.rectangle.getSvgPathData()
  }
}

/** tldraw's, its box alone, or StaticNote flat (zoomed out far) or with the shadow for its page rotation. */
type NoteLook = 'tldraw' | 'culled' | 'flat' | `shadow ${number}`

function IdeaNote({
  util,
  shape,
  dv,
}: {
  util: IdeaNoteShapeUtil
  shape: TLNoteShape
  dv: NoteShapeUtilDisplayValues
}) {
  const { editor } = util
  const { id } = shape
  const { scale } = shape.props
  // Which drawing the note needs: tldraw's while its text editor may be in use (the only selected
  // note, the edited one, or one hovered while another is edited, as tldraw's RichTextLabel decides),
  // its box alone while out of view (tldraw hides it), else StaticNote, whose shadow tldraw's note
  // hides when zoomed out far enough (a cheap bottom border takes over) and else turns with the note.
  // One small reactive value per note, so that selecting one note does not draw the others again.
  const look = useValue('idea note look', (): NoteLook => {
    if (editor.getOnlySelectedShapeId() === id) return 'tldraw'
    const editing = editor.getEditingShapeId()
    if (editing !== null && (editing === id || editor.getHoveredShapeId() === id)) return 'tldraw'
    if (editor.getCulledShapes().has(id)) return 'culled'
    if (editor.getEfficientZoomLevel() < 0.25 / scale) return 'flat'
    return `shadow ${editor.getShapePageTransform(id)?.rotation() ?? 0}`
  }, [editor, id, scale])
  const paragraphs = look === 'tldraw' || drawnByTldrawOnly(shape) ? null : plainParagraphs(shape.props.richText)
  if (paragraphs === null) {
    return (
      <>
        <TldrawNote util={util} shape={shape} />
        <IdeaLabels shape={shape} affiliations={util.options.affiliations} t={i18next.t} />
      </>
    )
  }
  if (look === 'culled') return <CulledNote id={id} dv={dv} shape={shape} />
  return (
    <>
      <StaticNote
        dv={dv}
        shape={shape}
        paragraphs={paragraphs}
        shadow={look === 'flat' ? null : noteShadow(id, Number(look.slice('shadow '.length)), scale)}
      />
      <IdeaLabels shape={shape} affiliations={util.options.affiliations} t={i18next.t} />
    </>
  )
}

/** What only tldraw's note draws: a link button, the last editor's name. */
function drawnByTldrawOnly(shape: TLNoteShape) {
  return Boolean(shape.props.url) || shape.props.textLastEditedBy !== null
}

/** tldraw's note reads the editor (theme, selection) as it draws: `track` draws it again when they change. */
const TldrawNote = track(function TldrawNote({ util, shape }: { util: IdeaNoteShapeUtil; shape: TLNoteShape }) {
  return util.tldrawComponent(shape)
})

/** Out of view, hidden by tldraw (display: none): the note's box, nothing inside. */
function CulledNote({ id, dv, shape }: { id: TLShapeId; dv: NoteShapeUtilDisplayValues; shape: TLNoteShape }) {
  const { scale, growY } = shape.props
  return (
    <div
      id={id}
      className="tl-note__container"
      style={{ width: dv.noteWidth * scale, height: (dv.noteHeight + growY) * scale }}
    />
  )
}

/**
 * tldraw's note (NoteShapeUtil.component, RichTextLabel) as it draws a note that is not being edited,
 * element for element, with the label's paragraphs from NoteParagraphs.
 */
function StaticNote({
  dv,
  shape,
  paragraphs,
  shadow,
}: {
  dv: NoteShapeUtilDisplayValues
  shape: TLNoteShape
  paragraphs: readonly string[]
  /** tldraw's box shadow; null when zoomed out far (a bottom border instead). */
  shadow: string | null
}) {
  const { id, props } = shape
  const { scale } = props
  const fontSize = (props.fontSizeAdjustment ?? 1) * dv.labelFontSize
  const lineHeight = resolveLineHeightPx(fontSize, dv.labelLineHeight)
  const hasText = !isEmptyRichText(props.richText)
  return (
    <div
      id={id}
      className="tl-note__container"
      style={{
        width: dv.noteWidth * scale,
        height: (dv.noteHeight + props.growY) * scale,
        backgroundColor: dv.noteBackgroundColor,
        borderBottom: shadow === null ? `${dv.borderWidth * scale}px solid ${dv.borderColor}` : 'none',
        boxShadow: shadow ?? 'none',
      }}
    >
      {hasText && (
        <div
          className="tl-text-label tl-text-wrapper tl-rich-text-wrapper tl-text__no-outline"
          aria-hidden={true}
          data-hastext={true}
          data-isediting={false}
          data-textwrap={true}
          data-isselected={false}
          style={{
            fontFamily: dv.labelFontFamily,
            textAlign: dv.labelHorizontalAlign,
            justifyContent: flexAlign(dv.labelHorizontalAlign),
            alignItems: dv.labelVerticalAlign === 'middle' ? 'center' : flexAlign(dv.labelVerticalAlign),
            padding: dv.labelPadding,
            ...(scale !== 1 && {
              transform: `scale(${scale})`,
              transformOrigin: 'top left',
              width: dv.noteWidth,
              height: dv.noteHeight + props.growY,
            }),
          }}
        >
          <div
            className="tl-text-label__inner tl-text-content__wrapper"
            style={{
              fontSize,
              lineHeight: `${lineHeight}px`,
              minHeight: `${lineHeight}px`,
              ['--tl-rich-text-heading-line-height' as string]: dv.labelLineHeight,
              minWidth: 0,
              color: dv.labelColor,
            }}
          >
            <div className="tl-text tl-text tl-text-content" dir="auto">
              <div className="tl-rich-text" data-is-ready-for-editing={false}>
                <NoteParagraphs paragraphs={paragraphs} />
              </div>
            </div>
          </div>
        </div>
      )}
    </div>
  )
}

function flexAlign(align: NoteShapeUtilDisplayValues['labelHorizontalAlign'] | 'start' | 'middle' | 'end') {
  return align === 'center' || align === 'middle' ? 'center' : align === 'end' ? 'flex-end' : 'flex-start'
}
