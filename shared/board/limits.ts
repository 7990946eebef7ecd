/**
 * Size caps of the board format. The write guard refuses a record past them (close 4422); distillation
 * and the publication model import the same numbers, so text that somehow got past (an older board, a
 * tool writing storage directly) is cut there too. They are part of the format, shared by client and
 * server, which is why they are constants and not environment variables: a client must know them.
 */

/** An idea's text (a note's plain text), in characters. */
export const MAX_IDEA_CHARS = 2_000
/** Any other shape's text (text, geo and arrow labels), in characters. */
export const MAX_SHAPE_TEXT_CHARS = 2_000
/** A frame's (cluster's) name, in characters. */
export const MAX_FRAME_NAME_CHARS = 200
/** A case card's title, in characters. */
export const MAX_CASE_TITLE_CHARS = 200
/** Each of a case card's text fields (challenge, context, tried, results, lessons), in characters. */
export const MAX_CASE_FIELD_CHARS = 5_000
/** A record's `meta`, as JSON, in bytes (UTF-16 code units). */
export const MAX_META_CHARS = 1_024
/** A whole record, as JSON, in UTF-16 code units (draw strokes are the largest legitimate records). */
export const MAX_RECORD_CHARS = 128 * 1024

/** `text` cut to at most `max` characters (for readers of stored text: distillation, publication). */
export function capText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max)
}
