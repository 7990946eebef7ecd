/**
 * Case cards of a board and the cluster each sits in: the frame that is its parent, or (placed on
 * the page) the frame containing its centre, as for ideas (shared/board/clusters.ts).
 */
import type { TLRecord } from '@tldraw/tlschema'
import { CASE_CARD_TYPE, type CaseCardProps } from '../board/caseCard.ts'

export interface BoardCase extends Omit<CaseCardProps, 'w' | 'h'> {
  id: string
  clusterId: string | null
}

interface ShapeJson {
  id: string
  typeName: string
  type: string
  parentId: string
  x: number
  y: number
  props: Record<string, unknown>
}

/** The case cards of a board, sorted by id. */
export function readCases(records: Iterable<TLRecord>): BoardCase[] {
  const shapes = [...records].filter((r) => r.typeName === 'shape') as unknown as ShapeJson[]
  const frames = shapes.filter((s) => s.type === 'frame')
  const cases: BoardCase[] = []
  for (const shape of shapes) {
    if (shape.type !== CASE_CARD_TYPE) continue
    const { w, h, ...card } = shape.props as unknown as CaseCardProps
    cases.push({ id: shape.id, ...card, clusterId: frameOf(shape, w, h, frames) })
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : 1))
}

function frameOf(shape: ShapeJson, w: number, h: number, frames: ShapeJson[]): string | null {
  if (frames.some((f) => f.id === shape.parentId)) return shape.parentId
  if (!shape.parentId.startsWith('page:')) return null
  const cx = shape.x + w / 2
  const cy = shape.y + h / 2
  const frame = frames.find((f) => {
    const { w: fw, h: fh } = f.props as { w: number; h: number }
    return cx >= f.x && cx <= f.x + fw && cy >= f.y && cy <= f.y + fh
  })
  return frame?.id ?? null
}
