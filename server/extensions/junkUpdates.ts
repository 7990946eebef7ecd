/**
 * Refuses, from the update alone, what no document rule could accept: content that is not a plain JSON
 * map value (shared types, text, binary, list runs), list positions (a right origin), and writes to a
 * root type other than the main map. These are the cheap refusals: without them each such update cost
 * the write guard a shadow copy of the whole document before being refused.
 */
import * as Y from 'yjs'

/** Why the update can never be accepted, or null when only the document can tell. */
export function junkInUpdate(update: Uint8Array, mapName: string): string | null {
  const { structs } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const { content } = struct
    if (content instanceof Y.ContentDeleted) continue
    if (!(content instanceof Y.ContentAny))
      return `writes ${content.constructor.name}: only plain JSON values of the ${mapName} map are allowed`
    if (content.arr.length !== 1 || struct.rightOrigin !== null) return `the ${mapName} map holds keyed entries only`
    if (struct.origin === null) {
      if (typeof struct.parent !== 'string' || struct.parent !== mapName)
        return `writes outside the ${mapName} map are not allowed`
      if (struct.parentSub === null) return `the ${mapName} map holds keyed entries only`
    }
  }
  return null
}
