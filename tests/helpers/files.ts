/** Looking for text in stored bytes: what erasure and purge must leave nowhere. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** The files under `dir` (recursively) whose bytes contain `text`, relative to `dir`. */
export async function filesHolding(dir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text)
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const found: string[] = []
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name)
    const bytes = await readFile(file).catch(() => null) // deleted meanwhile
    if (bytes?.includes(needle)) found.push(path.relative(dir, file))
  }
  return found
}
