/**
 * The records the list view writes into the board document, built as tldraw would build them: a new
 * idea note, an idea with new text or kind, a case card. Pure: the caller writes them into the
 * `records` map, where the server's write guard checks them like any edit made on the canvas.
 */
import { createShapeId, toRichText, type TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey } from '@tldraw/utils'
import { CASE_CARD_HEIGHT, CASE_CARD_TYPE, CASE_CARD_WIDTH, type CaseCardProps } from '../../shared/board/caseCard.ts'
import {
  IDEA_KIND_COLORS,
  newIdeaMeta,
  type Author,
  type IdeaKind,
  type IdeaMeta,
  type IdentityMode,
} from '../../shared/board/ideas.ts'
import { withKind } from '../board/ideas/ideaRules.ts'
import type { Placement } from './placement.ts'

type Shape = Extract<TLRecord, { typeName: 'shape' }>

export interface NewIdea {
  kind: IdeaKind
  text: string
  /** For a next step: the city that owns it (the author's when null). */
  ownerCity: string | null
}

/** A new idea note at `place`, authored as the identity mode allows, above its siblings. */
export function ideaRecord(
  idea: NewIdea,
  author: Author,
  mode: IdentityMode,
  place: Placement,
  index: IndexKey,
  id = createShapeId(),
): Shape {
  const meta = newIdeaMeta(idea.kind, author, mode)
  if (idea.kind === 'next-step' && idea.ownerCity) meta.ownerCity = idea.ownerCity
  return {
    id,
    typeName: 'shape',
    type: 'note',
    x: place.x,
    y: place.y,
    rotation: 0,
    index,
    parentId: place.parentId as Shape['parentId'],
    isLocked: false,
    opacity: 1,
    meta: { ...meta },
    props: {
      color: IDEA_KIND_COLORS[idea.kind],
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      richText: toRichText(idea.text),
      scale: 1,
      textLastEditedBy: null,
    },
  } as Shape
}

/** The idea with new text and kind; authorship stays (the server refuses any change to it). */
export function editedIdea(
  record: Shape,
  change: { text: string; kind: IdeaKind; ownerCity: string | null },
  fallbackCity: string,
): Shape {
  const meta = withKind(record.meta as unknown as IdeaMeta, change.kind, fallbackCity)
  if (change.kind === 'next-step' && change.ownerCity) meta.ownerCity = change.ownerCity
  const props = record.props as Record<string, unknown>
  return {
    ...record,
    meta: { ...meta },
    props: {
      ...props,
      richText: toRichText(change.text),
      color: IDEA_KIND_COLORS[change.kind],
      textLastEditedBy: null,
    },
  } as Shape
}

export type CaseFields = Omit<CaseCardProps, 'w' | 'h' | 'city'>

/** A new case card for `city` at `at` (page coordinates). */
export function caseCardRecord(
  city: string,
  fields: CaseFields,
  at: { x: number; y: number },
  index: IndexKey,
  id = createShapeId(),
): Shape {
  return {
    id,
    typeName: 'shape',
    type: CASE_CARD_TYPE,
    x: at.x,
    y: at.y,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: CASE_CARD_WIDTH, h: CASE_CARD_HEIGHT, city, ...fields },
  } as unknown as Shape
}

/** The case card with new fields (its city and size stay). */
export function editedCaseCard(record: Shape, fields: CaseFields): Shape {
  return { ...record, props: { ...(record.props as object), ...fields } } as Shape
}

/** An index above every child of `parentId`, so a new shape is drawn on top. */
export function indexAbove(records: Iterable<TLRecord>, parentId: string): IndexKey {
  let top: IndexKey | null = null
  for (const r of records) {
    if (r.typeName !== 'shape' || r.parentId !== parentId) continue
    if (top === null || r.index > top) top = r.index
  }
  return getIndexAbove(top)
}
