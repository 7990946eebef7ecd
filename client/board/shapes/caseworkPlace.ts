/**
 * Where a new case card goes: in its city's column of the casework template when the board has one
 * (the column's heading is a text shape reading the city's name), below what that column holds;
 * otherwise null, and the caller picks (the middle of the view, or below the board's content).
 * Pure, so the canvas and the list view place cards the same way.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { CASE_CARD_WIDTH } from '../../../shared/board/caseCard.ts'
import { PAGE_ID } from '../../../shared/board/ids.ts'
import { richTextToPlain } from '../../../shared/board/text.ts'

const GAP = 40

type Shape = Extract<TLRecord, { typeName: 'shape' }>

export function caseCardColumnPlace(records: Iterable<TLRecord>, cityName: string): { x: number; y: number } | null {
  const shapes: Shape[] = []
  for (const r of records) if (r.typeName === 'shape' && r.parentId === PAGE_ID) shapes.push(r)
  const wanted = cityName.trim().toLowerCase()
  const heading = shapes.find(
    (s) =>
      s.type === 'text' &&
      richTextToPlain((s.props as { richText: unknown }).richText)
        .trim()
        .toLowerCase() === wanted,
  )
  if (!heading) return null
  let bottom = heading.y + 60
  for (const s of shapes) {
    if (s.id === heading.id || s.y < heading.y) continue
    if (Math.abs(s.x - heading.x) >= CASE_CARD_WIDTH / 2) continue
    const h = (s.props as { h?: number }).h ?? 60
    bottom = Math.max(bottom, s.y + h)
  }
  return { x: heading.x, y: bottom + GAP }
}

/** Below everything on the page, at its left edge (an empty page: the origin). */
export function belowContent(records: Iterable<TLRecord>): { x: number; y: number } {
  let minX = Number.POSITIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (const r of records) {
    if (r.typeName !== 'shape' || r.parentId !== PAGE_ID) continue
    const h = (r.props as { h?: number }).h ?? 200
    minX = Math.min(minX, r.x)
    maxY = Math.max(maxY, r.y + h)
  }
  return Number.isFinite(minX) ? { x: minX, y: maxY + 120 } : { x: 0, y: 0 }
}
