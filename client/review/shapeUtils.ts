/**
 * The shape utils the review canvas renders with: the live board's own (boardShapeUtils), configured
 * with the cities, so a snapshot looks as the room saw it (a case card in its city's colour, under
 * its city's name). No writer: the review canvas is read only. tldraw's defaults cover the rest.
 */
import { defaultShapeUtils, type TLAnyShapeUtilConstructor } from 'tldraw'
import type { Affiliation } from '../api/types.ts'
import { boardShapeUtils } from '../board/shapes/boardShapeUtils.ts'

export function reviewShapeUtils(affiliations: readonly Affiliation[]): TLAnyShapeUtilConstructor[] {
  return boardShapeUtils(affiliations)
}

/** Shape types the canvas can draw; a snapshot's shapes of any other type are left out (tldraw would throw). */
export const drawableShapeTypes: ReadonlySet<string> = new Set(
  [...defaultShapeUtils, ...boardShapeUtils([])].map((util) => util.type),
)
