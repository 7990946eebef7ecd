/**
 * What may be pasted onto the board, as pure functions: pasted text becomes ideas, one per line, and
 * of pasted tldraw content only what the board is made of (ideas, clusters, case cards, and groups
 * of them) is kept. Drawings, text, geometric shapes, arrows and images are not ideas: clustering,
 * voting and the Capital Code read ideas only (shared/board/clusters.ts readBoard), so such content
 * would sit on the board counting for nothing.
 */
import type { TLContent, TLShape, TLShapeId } from 'tldraw'
import { CASE_CARD_TYPE } from '../../../shared/board/caseCard.ts'
import { MAX_IDEA_CHARS } from '../../../shared/board/limits.ts'

/** Shape types that are part of the board's model: ideas (notes), clusters (frames), case cards, groups. */
export const BOARD_SHAPE_TYPES: ReadonlySet<string> = new Set(['note', 'frame', 'group', CASE_CARD_TYPE])

/** One paste makes at most this many ideas: a pasted document should not flood the board. */
export const MAX_PASTED_IDEAS = 100

export interface PastedLines {
  /** The ideas' texts, each at most MAX_IDEA_CHARS long. */
  texts: string[]
  /** How many lines were longer than MAX_IDEA_CHARS and were cut. */
  cut: number
  /** How many non-empty lines were left out past MAX_PASTED_IDEAS. */
  leftOut: number
}

/** One idea per non-empty line (trimmed), cut to the idea cap, at most MAX_PASTED_IDEAS of them. */
export function pastedLines(text: string): PastedLines {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const kept = lines.slice(0, MAX_PASTED_IDEAS)
  return {
    texts: kept.map((line) => (line.length > MAX_IDEA_CHARS ? line.slice(0, MAX_IDEA_CHARS) : line)),
    cut: kept.filter((line) => line.length > MAX_IDEA_CHARS).length,
    leftOut: lines.length - kept.length,
  }
}

/**
 * Pasted tldraw content with only the board's own shapes: a shape stays when its type is one of
 * BOARD_SHAPE_TYPES and so is its parent's (if pasted with it), and a group only with something in it.
 * Bindings stay between kept shapes; assets go (no kept shape uses one). `content` is null when
 * nothing is left.
 */
export function keepBoardShapes(content: TLContent): { content: TLContent | null; leftOut: number } {
  const byId = new Map<TLShapeId, TLShape>(content.shapes.map((s) => [s.id, s]))
  const children = new Map<TLShapeId, TLShape[]>()
  for (const s of content.shapes) {
    const siblings = children.get(s.parentId as TLShapeId)
    if (siblings) siblings.push(s)
    else children.set(s.parentId as TLShapeId, [s])
  }
  const typeAllowed = (shape: TLShape): boolean => {
    const parent = byId.get(shape.parentId as TLShapeId)
    return BOARD_SHAPE_TYPES.has(shape.type) && (!parent || typeAllowed(parent))
  }
  const keeps = (shape: TLShape): boolean =>
    typeAllowed(shape) && (shape.type !== 'group' || (children.get(shape.id) ?? []).some(keeps))
  const shapes = content.shapes.filter(keeps)
  const ids = new Set(shapes.map((s) => s.id))
  // A group left behind empty is no loss of its own: count what was in it.
  const leftOut = content.shapes.filter((s) => !ids.has(s.id) && s.type !== 'group').length
  if (shapes.length === 0) return { content: null, leftOut }
  return {
    content: {
      ...content,
      shapes,
      rootShapeIds: content.rootShapeIds.filter((id) => ids.has(id)),
      bindings: content.bindings?.filter((b) => ids.has(b.fromId) && ids.has(b.toId)),
      assets: [],
    },
    leftOut,
  }
}
