/**
 * Case cards on the board: one for my city in the middle of my view, or (facilitators) the casework
 * template, a column per city with its name and an empty card, placed right of everything on the page.
 * Each is one undo step and one Yjs transaction.
 */
import { Box, createShapeId, type Editor, type TLRichText, type TLShapeId, type TLShapePartial } from 'tldraw'
import type { Affiliation } from '../../api/types.ts'
import { CASE_CARD_HEIGHT, CASE_CARD_WIDTH } from './CaseCardShapeUtil.tsx'
import type { CaseCardShape } from './caseCardType.ts'
import { caseCardColumnPlace } from './caseworkPlace.ts'

const COLUMN_GAP = 80
const HEADER_HEIGHT = 90
/** Space between the template and what is already on the page. */
const TEMPLATE_MARGIN = 240

/**
 * A new, empty case card for `city`, selected and open for editing: in the city's column of the
 * casework template when the board has one (below what the column holds), else at the centre of the
 * viewport. The view moves to it.
 */
export function createCaseCard(editor: Editor, city: string, cityName: string): TLShapeId | null {
  if (editor.getIsReadonly()) return null
  const center = editor.getViewportPageBounds().center
  const inColumn = caseCardColumnPlace(editor.store.allRecords(), cityName)
  const at = inColumn ?? { x: center.x - CASE_CARD_WIDTH / 2, y: center.y - CASE_CARD_HEIGHT / 2 }
  const id = createShapeId()
  editor.markHistoryStoppingPoint('create case card')
  editor.createShape<CaseCardShape>({ id, type: 'case-card', x: at.x, y: at.y, props: { city } })
  if (inColumn)
    editor.zoomToBounds(new Box(at.x, at.y, CASE_CARD_WIDTH, CASE_CARD_HEIGHT).expandBy(80), {
      animation: { duration: 300 },
    })
  const shape = editor.getShape(id)
  if (!shape) return null // e.g. the page's shape limit
  editor.select(id)
  editor.setEditingShape(id)
  editor.setCurrentTool('select.editing_shape', { target: 'shape', shape })
  return id
}

/**
 * The casework template: for each city a bold heading with its name and an empty case card below it,
 * side by side, to the right of the page's content (or in view on an empty page). The view moves there.
 */
export function layoutCaseworkTemplate(editor: Editor, cities: readonly Affiliation[]): TLShapeId[] {
  if (editor.getIsReadonly() || cities.length === 0) return []
  const content = editor.getCurrentPageBounds()
  const viewport = editor.getViewportPageBounds()
  const left = content ? content.maxX + TEMPLATE_MARGIN : viewport.minX + 80
  const top = content ? content.minY : viewport.minY + 80

  const shapes: TLShapePartial[] = []
  const cards: TLShapeId[] = []
  cities.forEach((city, i) => {
    const x = left + i * (CASE_CARD_WIDTH + COLUMN_GAP)
    shapes.push({
      id: createShapeId(),
      type: 'text',
      x,
      y: top,
      props: {
        richText: boldText(city.name),
        size: 'xl',
        font: 'sans',
        autoSize: false,
        w: CASE_CARD_WIDTH,
        textAlign: 'start',
      },
    })
    const card = createShapeId()
    cards.push(card)
    shapes.push({ id: card, type: 'case-card', x, y: top + HEADER_HEIGHT, props: { city: city.id } })
  })

  editor.markHistoryStoppingPoint('casework template')
  editor.createShapes(shapes)
  const width = cities.length * CASE_CARD_WIDTH + (cities.length - 1) * COLUMN_GAP
  editor.zoomToBounds(new Box(left, top, width, HEADER_HEIGHT + CASE_CARD_HEIGHT).expandBy(60), {
    animation: { duration: 300 },
  })
  return cards
}

/** One bold paragraph, as tldraw's rich text (TipTap JSON). */
function boldText(text: string): TLRichText {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }] }
}
