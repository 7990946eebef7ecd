/**
 * Clusters. A cluster is a tldraw `frame` shape; its `props.name` is the cluster's title. An idea
 * belongs to the cluster whose frame is its parent (tldraw reparents a shape dropped into a frame),
 * or, for an idea placed on the page, whose frame contains the idea's centre.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { richTextToPlain } from './text.ts'
import { readIdea, type IdeaMeta } from './ideas.ts'

export interface BoardIdea extends IdeaMeta {
  id: string
  text: string
  clusterId: string | null
}

export interface BoardCluster {
  id: string
  title: string
  ideaIds: string[]
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}

type Shape = Extract<TLRecord, { typeName: 'shape' }>

/** The ideas and clusters of a board, from its records (the values of the `records` map). */
export function readBoard(records: Iterable<TLRecord>): { ideas: BoardIdea[]; clusters: BoardCluster[] } {
  const shapes = [...records].filter((r): r is Shape => r.typeName === 'shape')
  const frames = new Map<string, { title: string; box: Box }>()
  for (const shape of shapes) {
    if (shape.type !== 'frame') continue
    const props = shape.props as { name: string; w: number; h: number }
    frames.set(shape.id, {
      title: props.name.trim() || 'Untitled cluster',
      box: { x: shape.x, y: shape.y, w: props.w, h: props.h },
    })
  }
  const ideas: BoardIdea[] = []
  for (const shape of shapes) {
    const meta = readIdea(shape)
    if (!meta) continue
    const props = shape.props as { richText: unknown; scale?: number }
    ideas.push({
      id: shape.id,
      ...meta,
      text: richTextToPlain(props.richText).trim(),
      clusterId: clusterOf(shape, frames, props.scale ?? 1),
    })
  }
  const clusters = [...frames].map(([id, frame]) => ({
    id,
    title: frame.title,
    ideaIds: ideas.filter((i) => i.clusterId === id).map((i) => i.id),
  }))
  return { ideas, clusters }
}

/** tldraw notes are 200 × 200 at scale 1. */
const NOTE_SIZE = 200

function clusterOf(shape: Shape, frames: Map<string, { box: Box }>, scale: number): string | null {
  if (frames.has(shape.parentId)) return shape.parentId
  if (!shape.parentId.startsWith('page:')) return null
  const cx = shape.x + (NOTE_SIZE * scale) / 2
  const cy = shape.y + (NOTE_SIZE * scale) / 2
  for (const [id, { box }] of frames) {
    if (cx >= box.x && cx <= box.x + box.w && cy >= box.y && cy <= box.y + box.h) return id
  }
  return null
}
