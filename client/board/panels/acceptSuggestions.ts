/**
 * Turning accepted cluster suggestions into clusters: one titled frame per group, laid out in a grid
 * to the right of everything on the page, each sized to hold its notes in a grid; the notes move
 * into their frame. One undoable step.
 */
import { Box, createShapeId, type Editor, type TLShapeId } from 'tldraw'

export interface AcceptedGroup {
  title: string
  ids: string[]
}

const PADDING = 40
const GAP = 24
const FRAME_GAP = 160
const MARGIN = 240

/** Creates the frames and moves the notes; returns the new frames' ids. */
export function acceptSuggestions(editor: Editor, groups: AcceptedGroup[]): TLShapeId[] {
  const live = groups
    .map((g) => ({
      title: g.title.trim() || 'Untitled cluster',
      ids: g.ids.filter((id) => editor.getShape(id as TLShapeId)?.type === 'note') as TLShapeId[],
    }))
    .filter((g) => g.ids.length > 0)
  if (live.length === 0) return []

  const content = editor.getCurrentPageBounds()
  const originX = content ? content.maxX + MARGIN : 0
  const originY = content ? content.minY : 0
  const perRow = Math.ceil(Math.sqrt(live.length))
  const frameIds: TLShapeId[] = []

  editor.markHistoryStoppingPoint('accept cluster suggestions')
  editor.run(() => {
    let y = originY
    for (let start = 0; start < live.length; start += perRow) {
      let x = originX
      let rowHeight = 0
      for (const group of live.slice(start, start + perRow)) {
        const sizes = group.ids.map((id) => editor.getShapePageBounds(id) ?? new Box(0, 0, 200, 200))
        const cell = Math.max(...sizes.map((b) => Math.max(b.w, b.h)))
        const cols = Math.ceil(Math.sqrt(group.ids.length))
        const rows = Math.ceil(group.ids.length / cols)
        const w = PADDING * 2 + cols * cell + (cols - 1) * GAP
        const h = PADDING * 2 + rows * cell + (rows - 1) * GAP
        const frameId = createShapeId()
        editor.createShape({ id: frameId, type: 'frame', x, y, props: { w, h, name: group.title } })
        editor.reparentShapes(group.ids, frameId)
        group.ids.forEach((id, i) => {
          const shape = editor.getShape(id)
          if (!shape) return
          editor.updateShape({
            id,
            type: shape.type,
            x: PADDING + (i % cols) * (cell + GAP),
            y: PADDING + Math.floor(i / cols) * (cell + GAP),
            rotation: 0,
          })
        })
        frameIds.push(frameId)
        x += w + FRAME_GAP
        rowHeight = Math.max(rowHeight, h)
      }
      y += rowHeight + FRAME_GAP
    }
  })
  return frameIds
}
