/**
 * In front of the review canvas (tldraw's InFrontOfTheCanvas slot): a coloured outline and a label
 * over every shape that changed between the compared snapshots. Screen boxes follow the camera.
 * Removed ideas have no shape on this canvas; the diff list names them.
 */
import { useEditor, useValue, type TLShapeId } from 'tldraw'
import { useDiffMarks } from './diffMarksContext.ts'

export function DiffOverlay() {
  const editor = useEditor()
  const marks = useDiffMarks()
  const boxes = useValue(
    'diff boxes',
    () =>
      marks.flatMap((mark) => {
        const bounds = editor.getShapePageBounds(mark.id as TLShapeId)
        if (!bounds) return []
        const topLeft = editor.pageToViewport({ x: bounds.minX, y: bounds.minY })
        const bottomRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY })
        return [{ mark, x: topLeft.x, y: topLeft.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y }]
      }),
    [editor, marks],
  )
  return (
    <>
      {boxes.map(({ mark, x, y, w, h }) => (
        <div
          key={mark.id}
          className={`diff-mark diff-${mark.kinds[0]}`}
          style={{ left: x - 4, top: y - 4, width: w + 8, height: h + 8 }}
          data-testid="diff-mark"
          data-shape-id={mark.id}
          data-kinds={mark.kinds.join(' ')}
        >
          <span className="diff-mark-label">{mark.label}</span>
        </div>
      ))}
    </>
  )
}
