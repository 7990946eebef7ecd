/**
 * Drawn in front of the canvas (tldraw's InFrontOfTheCanvas slot), in screen coordinates that follow
 * the camera: the revealed vote counts on each voted frame or note, and outlines around the shapes
 * a panel highlights. Vote counts exist only after the reveal: while a round is open there are none.
 */
import { useTranslation } from 'react-i18next'
import { useEditor, useValue, type Editor, type TLShapeId } from 'tldraw'
import { useOptionalControl } from '../control.ts'
import { $highlighted } from './highlight.ts'

interface ScreenBox {
  id: string
  x: number
  y: number
  w: number
  h: number
}

function screenBoxes(editor: Editor, ids: string[]): ScreenBox[] {
  const boxes: ScreenBox[] = []
  for (const id of ids) {
    const bounds = editor.getShapePageBounds(id as TLShapeId)
    if (!bounds) continue
    const topLeft = editor.pageToViewport({ x: bounds.minX, y: bounds.minY })
    const bottomRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY })
    boxes.push({ id, x: topLeft.x, y: topLeft.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y })
  }
  return boxes
}

export function CanvasOverlay() {
  const { t } = useTranslation()
  const editor = useEditor()
  const control = useOptionalControl()
  const results = control?.state.voting.round?.status === 'open' ? null : (control?.state.voting.results ?? null)
  const votedIds = results ? results.ranked.filter((r) => r.total > 0).map((r) => r.targetId) : []
  const votedKey = votedIds.join(',')
  const badges = useValue('vote badges', () => screenBoxes(editor, votedKey ? votedKey.split(',') : []), [
    editor,
    votedKey,
  ])
  const outlines = useValue('highlights', () => screenBoxes(editor, $highlighted.get()), [editor])

  return (
    <>
      {outlines.map((box) => (
        <div
          key={`h-${box.id}`}
          className="canvas-highlight"
          style={{ left: box.x - 4, top: box.y - 4, width: box.w + 8, height: box.h + 8 }}
        />
      ))}
      {badges.map((box) => (
        <div
          key={`v-${box.id}`}
          className="canvas-badge"
          style={{ left: box.x + box.w, top: box.y }}
          data-testid="vote-count"
          data-target-id={box.id}
          title={t('voting.votes', { count: results?.totals[box.id] ?? 0 })}
        >
          {results?.totals[box.id] ?? 0}
        </div>
      ))}
    </>
  )
}
