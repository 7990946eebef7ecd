/**
 * Where an idea made outside the canvas (the list view, pasted lines) goes on the board: a free cell
 * of a grid, never on top of another shape and never two on one point. In a cluster, inside the
 * cluster's frame (the frame grows downwards when it is full); otherwise in the first free cell from
 * the top left of the board's content, row by row, so such ideas fill gaps and then gather below.
 * Pure: records in, a position out.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { PAGE_ID } from '../../shared/board/ids.ts'

/** tldraw notes are 200 × 200 at scale 1; a cell leaves a gap around one. */
export const NOTE_SIZE = 200
export const CELL = 240
const PADDING = 20
/** A row in a frame never holds fewer cells than this, and the page's at least this many. */
const MIN_PAGE_COLUMNS = 5
const EMPTY_BOARD_ORIGIN = { x: 280, y: 120 }

export interface Placement {
  parentId: string
  /** In the parent's coordinates. */
  x: number
  y: number
  /** The cluster's frame must grow to this height to hold the idea. */
  frameHeight?: number
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}

type Shape = Extract<TLRecord, { typeName: 'shape' }>

/** A free place for one new note, in `clusterId`'s frame when it is a frame on the board. */
export function placeIdea(records: Iterable<TLRecord>, clusterId: string | null): Placement {
  return placeIdeas(records, clusterId, 1)[0]
}

/** Free places for `count` new notes (e.g. pasted lines), each in its own cell. */
export function placeIdeas(records: Iterable<TLRecord>, clusterId: string | null, count: number): Placement[] {
  const shapes: Shape[] = []
  for (const r of records) if (r.typeName === 'shape') shapes.push(r)
  const byId = new Map(shapes.map((s) => [s.id as string, s]))
  const frame = clusterId ? byId.get(clusterId) : undefined
  if (frame && frame.type === 'frame') return placeInFrame(frame, shapes, count)
  return placeOnPage(shapes, byId, count)
}

function placeInFrame(frame: Shape, shapes: Shape[], count: number): Placement[] {
  const { w, h } = frame.props as { w: number; h: number }
  const boxes: Box[] = []
  for (const s of shapes) {
    if (s.parentId === frame.id) boxes.push(boxOf(s))
    else if (s.parentId === PAGE_ID && s.id !== frame.id) {
      const b = boxOf(s)
      boxes.push({ ...b, x: b.x - frame.x, y: b.y - frame.y })
    }
  }
  const columns = Math.max(1, Math.floor((w - PADDING) / CELL))
  const cells = freeCells(boxes, { x: PADDING, y: PADDING }, columns, count)
  return cells.map((cell) => {
    const bottom = cell.y + NOTE_SIZE + PADDING
    return { parentId: frame.id, x: cell.x, y: cell.y, ...(bottom > h ? { frameHeight: bottom } : {}) }
  })
}

function placeOnPage(shapes: Shape[], byId: Map<string, Shape>, count: number): Placement[] {
  const boxes = shapes.filter((s) => s.parentId === PAGE_ID || !byId.has(s.parentId)).map(boxOf)
  // An empty board: right of where "Who's here" sits in a newcomer's first view.
  if (boxes.length === 0)
    return freeCells([], EMPTY_BOARD_ORIGIN, MIN_PAGE_COLUMNS, count).map((c) => ({ parentId: PAGE_ID, ...c }))
  const minX = Math.min(...boxes.map((b) => b.x))
  const minY = Math.min(...boxes.map((b) => b.y))
  const maxX = Math.max(...boxes.map((b) => b.x + b.w))
  const columns = Math.max(MIN_PAGE_COLUMNS, Math.ceil((maxX - minX) / CELL))
  return freeCells(boxes, { x: minX, y: minY }, columns, count).map((c) => ({ parentId: PAGE_ID, ...c }))
}

/** The first `count` cells (row by row from `origin`) that no box touches. */
function freeCells(
  boxes: Box[],
  origin: { x: number; y: number },
  columns: number,
  count: number,
): { x: number; y: number }[] {
  const taken = new Set<string>()
  for (const b of boxes) {
    const c0 = Math.floor((b.x - origin.x) / CELL)
    const c1 = Math.floor((b.x + b.w - origin.x - 1) / CELL)
    const r0 = Math.floor((b.y - origin.y) / CELL)
    const r1 = Math.floor((b.y + b.h - origin.y - 1) / CELL)
    // Only the grid's own columns matter; a huge shape marks at most its rows.
    for (let r = Math.max(0, r0); r <= r1 && r - r0 < 10_000; r++) {
      for (let c = Math.max(0, c0); c <= Math.min(c1, columns - 1); c++) taken.add(`${r}:${c}`)
    }
  }
  const found: { x: number; y: number }[] = []
  for (let i = 0; found.length < count; i++) {
    const r = Math.floor(i / columns)
    const c = i % columns
    if (taken.has(`${r}:${c}`)) continue
    found.push({ x: origin.x + c * CELL, y: origin.y + r * CELL })
  }
  return found
}

/** A shape's box in its parent's coordinates (shapes without a size count as one note). */
function boxOf(s: Shape): Box {
  const props = s.props as { w?: number; h?: number; growY?: number; scale?: number }
  if (s.type === 'note') {
    const scale = props.scale ?? 1
    return { x: s.x, y: s.y, w: NOTE_SIZE * scale, h: (NOTE_SIZE + (props.growY ?? 0)) * scale }
  }
  const w = typeof props.w === 'number' ? props.w * (props.scale ?? 1) : NOTE_SIZE
  const h = typeof props.h === 'number' ? props.h * (props.scale ?? 1) : NOTE_SIZE
  return { x: s.x, y: s.y, w, h }
}
