/** What on the board can be voted for or clustered: frames (clusters) and idea notes. */
import type { TFunction } from 'i18next'
import { useValue, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { richTextToPlain } from '../../../shared/board/text.ts'

export function isVotable(shape: TLShape): boolean {
  return shape.type === 'frame' || shape.type === 'note'
}

/** A frame's title or a note's text, for lists. */
export function shapeLabel(shape: TLShape | undefined, t: TFunction): string {
  if (!shape) return t('clusters.deleted')
  if (shape.type === 'frame') return (shape.props as { name: string }).name.trim() || t('clusters.untitled')
  if (shape.type === 'note')
    return richTextToPlain((shape.props as { richText: unknown }).richText).trim() || t('clusters.emptyIdea')
  return shape.type
}

/** Every frame on the current page, reactive. */
export function useFrameIds(editor: Editor | null): TLShapeId[] {
  return useValue(
    'frames',
    () =>
      editor
        ? editor
            .getCurrentPageShapes()
            .filter((s) => s.type === 'frame')
            .map((s) => s.id)
        : [],
    [editor],
  )
}

/** The selected frames and notes, reactive. */
export function useSelectedVotables(editor: Editor | null): TLShapeId[] {
  return useValue(
    'selected votables',
    () =>
      editor
        ? editor
            .getSelectedShapes()
            .filter(isVotable)
            .map((s) => s.id)
        : [],
    [editor],
  )
}

/**
 * The targets the selection points at: each selected shape that is a target, or else its nearest
 * ancestor that is (selecting a note inside a voted cluster means that cluster).
 */
export function useSelectedTargets(editor: Editor | null, targetIds: string[]): string[] {
  const key = targetIds.join(',')
  return useValue('selected targets', () => {
    if (!editor) return []
    const targets = new Set(key.split(','))
    const found = new Set<string>()
    for (const id of editor.getSelectedShapeIds()) {
      const hit = [
        id,
        ...editor
          .getShapeAncestors(id)
          .map((s) => s.id)
          .reverse(),
      ].find((candidate) => targets.has(candidate))
      if (hit) found.add(hit)
    }
    return [...found]
  }, [editor, key])
}
