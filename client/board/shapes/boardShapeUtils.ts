/**
 * The shape utils the board passes to <Tldraw shapeUtils>: our note (ideas) replaces tldraw's, and the
 * case card is added. Together with tldraw's defaults they match shared/board/schema.ts's boardSchema,
 * which the store is created with.
 */
import type { TLAnyShapeUtilConstructor, TldrawOptions } from 'tldraw'
import type { BoardWriter } from '../../../shared/access.ts'
import type { Affiliation } from '../../api/types.ts'
import { CaseCardShapeUtil } from './CaseCardShapeUtil.tsx'
import { IdeaNoteShapeUtil } from './IdeaNoteShapeUtil.tsx'

/** `writer`: who is editing, so that only what they may change opens for editing (shared/access.ts). */
export function boardShapeUtils(
  affiliations: readonly Affiliation[],
  writer?: BoardWriter,
): TLAnyShapeUtilConstructor[] {
  return [IdeaNoteShapeUtil.configure({ affiliations, writer }), CaseCardShapeUtil.configure({ affiliations, writer })]
}

/**
 * tldraw options for the board: keys 1–5 pick the kind of new ideas (BoardShapesLayer), so tldraw's
 * own numbered toolbar shortcuts (1 select, 2 hand…) are off. A double click on the empty canvas
 * would make a text shape, which is not an idea (tools/boardTools.ts): it does nothing.
 */
export const boardTldrawOptions = {
  enableToolbarKeyboardShortcuts: false,
  createTextOnCanvasDoubleClick: false,
} as const satisfies Partial<TldrawOptions>
