/**
 * The shape utils the review canvas renders with: the same custom utils as the live board, so a
 * snapshot looks as the room saw it. They are collected from client/board/shapes (the case card, the
 * idea note) rather than named here, so a shape added there shows up in the review too; tldraw's
 * defaults cover the rest (a custom util of the same type replaces the default one).
 */
import { defaultShapeUtils, ShapeUtil, type TLAnyShapeUtilConstructor } from 'tldraw'

// Unit tests live beside the shapes; imported here they would run vitest's describe() in the browser.
const modules = import.meta.glob<Record<string, unknown>>(['../board/shapes/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'], {
  eager: true,
})

function isShapeUtil(value: unknown): value is TLAnyShapeUtilConstructor {
  return (
    typeof value === 'function' &&
    value.prototype instanceof ShapeUtil &&
    typeof (value as { type?: unknown }).type === 'string'
  )
}

/** One util per type; the board's own win over tldraw's defaults. */
export const reviewShapeUtils: TLAnyShapeUtilConstructor[] = [
  ...new Map(
    Object.values(modules)
      .flatMap((module) => Object.values(module))
      .filter(isShapeUtil)
      .map((util) => [util.type, util] as const),
  ).values(),
]

/** Shape types the canvas can draw; a snapshot's shapes of any other type are left out (tldraw would throw). */
export const drawableShapeTypes: ReadonlySet<string> = new Set(
  [...defaultShapeUtils, ...reviewShapeUtils].map((util) => util.type),
)
