/**
 * A note's label text as tldraw's renderHtmlFromRichText draws it, without TipTap for the common case:
 * paragraphs of unformatted text. TipTap's generateHTML builds its ProseMirror schema anew on every
 * call (about a millisecond); on a board of 5,000 ideas that was seconds before the canvas showed.
 * Anything else (marks, links, lists, headings, a hard break, a paragraph with a set direction) is
 * left to TipTap: `plainParagraphs` gives null.
 */
import type { TLRichText } from 'tldraw'

interface JsonNode {
  type?: unknown
  text?: unknown
  attrs?: unknown
  marks?: unknown
  content?: unknown
}

const isEmptyList = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0)
const noAttrs = (node: JsonNode) =>
  node.attrs === undefined ||
  (typeof node.attrs === 'object' && node.attrs !== null && Object.keys(node.attrs).length === 0)

/** Each paragraph's text, when the rich text is nothing but paragraphs of unformatted text; else null. */
export function plainParagraphs(richText: TLRichText): string[] | null {
  const doc = richText as JsonNode
  if (doc.type !== 'doc' || !Array.isArray(doc.content)) return null
  const paragraphs: string[] = []
  for (const paragraph of doc.content as JsonNode[]) {
    if (paragraph?.type !== 'paragraph' || !noAttrs(paragraph)) return null
    const content = paragraph.content ?? []
    if (!Array.isArray(content)) return null
    let text = ''
    for (const node of content as JsonNode[]) {
      if (node?.type !== 'text' || typeof node.text !== 'string' || !noAttrs(node) || !isEmptyList(node.marks))
        return null
      text += node.text
    }
    paragraphs.push(text)
  }
  return paragraphs
}

/** `<p dir="auto">…</p>` per paragraph, an empty one keeping its line, as tldraw writes them. */
export function NoteParagraphs({ paragraphs }: { paragraphs: readonly string[] }) {
  return paragraphs.map((text, i) => (
    <p key={i} dir="auto">
      {text || <br />}
    </p>
  ))
}
