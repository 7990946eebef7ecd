/**
 * The case card (type 'case-card'): one city's case for the casework phase. Props, validators and
 * migrations are shared/board/caseCard.ts's, so the server validates cards exactly as the board does.
 * Double-click (or Enter) edits it in place; the card is drawn by CaseCardView.
 */
import i18next from 'i18next'
import { BaseBoxShapeUtil, type TLShape } from 'tldraw'
import { mayWriteCaseCard, type BoardWriter } from '../../../shared/access.ts'
import {
  CASE_CARD_HEIGHT,
  CASE_CARD_TYPE,
  CASE_CARD_WIDTH,
  CASE_FIELDS,
  caseCardMigrations,
  caseCardProps,
} from '../../../shared/board/caseCard.ts'
import type { Affiliation } from '../../api/types.ts'
import type { CaseCardShape } from './caseCardType.ts'
import { CaseCardView } from './CaseCardView.tsx'
import { caseCardDescriptor } from './shapeDescriptors.ts'

export interface CaseCardOptions {
  /** Cities and other affiliations (GET /api/config), for the band's name and colour. */
  affiliations: readonly Affiliation[]
  /** Who edits: a case card is its city's (and facilitators'). Unset: anyone. */
  writer?: BoardWriter
}

export { CASE_CARD_HEIGHT, CASE_CARD_WIDTH }

export class CaseCardShapeUtil extends BaseBoxShapeUtil<CaseCardShape> {
  static override type = CASE_CARD_TYPE
  static override props = caseCardProps
  static override migrations = caseCardMigrations

  override options: CaseCardOptions = { affiliations: [] }

  override canEdit(shape: CaseCardShape) {
    return !this.options.writer || mayWriteCaseCard(this.options.writer, shape.props)
  }

  /** While editing, the wheel scrolls the field under the pointer instead of the canvas. */
  override canScroll() {
    return true
  }

  getDefaultProps(): CaseCardShape['props'] {
    return {
      w: CASE_CARD_WIDTH,
      h: CASE_CARD_HEIGHT,
      city: '',
      title: '',
      challenge: '',
      context: '',
      tried: '',
      results: '',
      lessons: '',
    }
  }

  component(shape: CaseCardShape) {
    return (
      <CaseCardView
        shape={shape}
        affiliations={this.options.affiliations}
        mayChooseCity={this.options.writer?.role !== 'participant'}
      />
    )
  }

  getIndicatorPath(shape: CaseCardShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 8)
    return path
  }

  override getText(shape: CaseCardShape) {
    const { props } = shape
    return [props.title, ...CASE_FIELDS.map(([key]) => `${i18next.t(`cases.fields.${key}`)}: ${props[key]}`)].join('\n')
  }

  /** Read by tldraw's keyboard navigation of shapes: which city's case card this is. */
  override getAriaDescriptor(shape: CaseCardShape) {
    return caseCardDescriptor(shape.props.city, this.options.affiliations, i18next.t)
  }
}

/** Narrows a shape to a case card. */
export function isCaseCard(shape: TLShape | undefined): shape is CaseCardShape {
  return shape?.type === CASE_CARD_TYPE
}
