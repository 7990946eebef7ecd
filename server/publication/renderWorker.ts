/**
 * The worker thread of renderer.ts (a piscina task): one publication model in one format. The thread
 * runs at a lower CPU priority, so that on a busy machine live traffic (the event loop) goes first.
 */
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { toHtml } from './html.ts'
import { toMarkdown } from './markdown.ts'
import type { Publication } from './model.ts'
import { toPdf } from './pdf.ts'

try {
  // Linux applies a thread id's priority to that thread alone (as in storage/embedded/stateReaderWorker.ts).
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10)
} catch {
  // no /proc, or not allowed: renders at normal priority
}

export type PublicationFormat = 'md' | 'html' | 'pdf'

export default async function render({
  model,
  format,
}: {
  model: Publication
  format: PublicationFormat
}): Promise<Uint8Array> {
  if (format === 'pdf') return new Uint8Array(await toPdf(model))
  return new TextEncoder().encode(format === 'md' ? toMarkdown(model) : toHtml(model))
}
