/** Plain text of a tldraw rich-text value (TipTap JSON), for search, clustering and exports. */
export function richTextToPlain(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const { type, text, content } = node as { type?: string; text?: unknown; content?: unknown }
  if (typeof text === 'string') return text
  if (!Array.isArray(content)) return ''
  const separator = type === 'doc' ? '\n' : ''
  return content.map(richTextToPlain).join(separator)
}
