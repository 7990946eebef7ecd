/** The worker thread of renderer.ts (a piscina task): one publication model in one format. */
import { toHtml } from './html.ts'
import { toMarkdown } from './markdown.ts'
import type { Publication } from './model.ts'
import { toPdf } from './pdf.ts'

export type PublicationFormat = 'md' | 'html' | 'pdf'

export default async function render({ model, format }: { model: Publication; format: PublicationFormat }): Promise<Uint8Array> {
  if (format === 'pdf') return new Uint8Array(await toPdf(model))
  return new TextEncoder().encode(format === 'md' ? toMarkdown(model) : toHtml(model))
}
