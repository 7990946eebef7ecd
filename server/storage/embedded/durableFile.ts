/** Crash-safe whole-file writes: a reader sees either the old content or the new, never a torn mix. */
import { open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { nanoid } from 'nanoid'

/** fsync a directory so that a rename or a new file inside it survives a crash. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Writes to a temporary file, fsyncs it, renames it over the target and fsyncs the directory. */
export async function writeFileDurably(file: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${nanoid(8)}.tmp`)
  const handle = await open(temp, 'w', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => {})
    throw error
  }
  await handle.close()
  await rename(temp, file)
  await syncDirectory(path.dirname(file))
}
