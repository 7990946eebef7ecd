/**
 * Backup and restore of embedded storage (DATA_DIR) as one .tar.gz, made while the server runs.
 *
 * Why the copy is consistent without stopping the server: every whole-file write in DATA_DIR is
 * atomic (temporary file, fsync, rename), so a read sees one complete version; the audit log only
 * grows by whole lines (a torn last line is cut when the server opens it); and each board or control
 * document is read as its snapshot plus the logs after it, again if a compaction replaced the
 * snapshot meanwhile, and stored in the archive as one compacted snapshot. Logs are appended with
 * O_DSYNC before an edit is acknowledged, so every edit acknowledged before the backup starts is in
 * it. Files are read in the order that keeps references whole: top-level files (rooms, participants,
 * indexes), then folders such as snapshots/, then the documents.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { AUDIT_FILE } from '../storage/embedded/auditFile.ts'
import { readSnapshot, readState, SNAPSHOT } from '../storage/embedded/docFolder.ts'

export const MANIFEST = 'capital-room-backup.json'
const FORMAT = 1

/** Temporary files of atomic writes (`.<name>.<id>.tmp`) are never part of the data. */
const isTemporary = (name: string) => name.startsWith('.') && name.endsWith('.tmp')

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** A document's state as of now: its snapshot plus later logs, read again if compaction moved on meanwhile. */
async function documentState(dir: string): Promise<Uint8Array | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      const before = (await readSnapshot(dir)).generation
      const { state, found } = await readState(dir)
      if ((await readSnapshot(dir)).generation === before) return found ? state : null
    } catch (error) {
      // A log compaction deleted between listing and reading: read again.
      if (!missing(error) || attempt > 20) throw error
    }
    if (attempt > 20) throw new Error(`${dir} kept changing while it was read`)
  }
}

async function copyTree(from: string, to: string): Promise<number> {
  let files = 0
  const entries = await readdir(from, { withFileTypes: true }).catch((error) =>
    missing(error) ? [] : Promise.reject(error),
  )
  for (const entry of entries) {
    if (isTemporary(entry.name)) continue
    const source = path.join(from, entry.name)
    if (entry.isDirectory()) {
      await mkdir(path.join(to, entry.name), { recursive: true })
      files += await copyTree(source, path.join(to, entry.name))
    } else if (entry.isFile()) {
      const content = await readFile(source).catch((error) => (missing(error) ? null : Promise.reject(error)))
      if (content === null) continue
      const { mode } = await stat(source).catch(() => ({ mode: 0o600 }))
      await writeFile(path.join(to, entry.name), content, { mode: mode & 0o777 })
      files += 1
    }
  }
  return files
}

/** Writes the archive of `dataDir` to `file` (atomically: a temporary name, renamed when complete). */
export async function backupDataDir(dataDir: string, file: string): Promise<{ documents: number; files: number }> {
  const staging = await mkdtemp(path.join(tmpdir(), 'capital-room-backup-'))
  try {
    const top = await readdir(dataDir, { withFileTypes: true })
    let files = 0
    // 1. Top-level files: metadata, voting, code, secrets, indexes, the audit log.
    for (const entry of top) {
      if (!entry.isFile() || isTemporary(entry.name)) continue
      let content = await readFile(path.join(dataDir, entry.name))
      // The audit log: whole lines only (a line being appended right now is not acknowledged yet).
      if (entry.name === AUDIT_FILE) content = content.subarray(0, content.lastIndexOf(0x0a) + 1)
      const { mode } = await stat(path.join(dataDir, entry.name))
      await writeFile(path.join(staging, entry.name), content, { mode: mode & 0o777 })
      files += 1
    }
    // 2. Folders other than docs/ (snapshots/…): files written once, never changed.
    for (const entry of top) {
      if (!entry.isDirectory() || entry.name === 'docs') continue
      await mkdir(path.join(staging, entry.name), { recursive: true })
      files += await copyTree(path.join(dataDir, entry.name), path.join(staging, entry.name))
    }
    // 3. Documents, each as one compacted snapshot (generation 0: the server's next log is 1).
    let documents = 0
    await mkdir(path.join(staging, 'docs'), { recursive: true })
    for (const entry of await readdir(path.join(dataDir, 'docs'), { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory()) continue
      const state = await documentState(path.join(dataDir, 'docs', entry.name))
      if (!state) continue
      const snapshot = new Uint8Array(4 + state.byteLength)
      snapshot.set(state, 4) // [u32 LE generation = 0][v2 state]
      await mkdir(path.join(staging, 'docs', entry.name))
      await writeFile(path.join(staging, 'docs', entry.name, SNAPSHOT), snapshot, { mode: 0o600 })
      documents += 1
    }
    await writeFile(
      path.join(staging, MANIFEST),
      JSON.stringify({ format: FORMAT, createdAt: new Date().toISOString(), documents, files }, null, 2),
    )
    const temporary = `${file}.${process.pid}.partial`
    await tar.c({ gzip: true, file: temporary, cwd: staging, portable: true }, await readdir(staging))
    await rename(temporary, file)
    return { documents, files }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Restores an archive into `dataDir`, which must be empty or not exist yet. */
export async function restoreDataDir(file: string, dataDir: string): Promise<{ documents: number }> {
  const existing = await readdir(dataDir).catch((error) => (missing(error) ? [] : Promise.reject(error)))
  if (existing.length > 0) throw new Error(`${dataDir} is not empty: restore only into an empty data folder`)
  const entries: string[] = []
  await tar.t({ file, onReadEntry: (entry) => entries.push(entry.path) })
  if (!entries.some((name) => name === MANIFEST || name === `./${MANIFEST}`))
    throw new Error(`${file} is not a Capital Room backup (no ${MANIFEST})`)
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  // tar refuses entries that would land outside dataDir (absolute paths, ..) by default.
  await tar.x({ file, cwd: dataDir })
  const manifest = JSON.parse(await readFile(path.join(dataDir, MANIFEST), 'utf8')) as {
    format: number
    documents: number
  }
  if (manifest.format !== FORMAT)
    throw new Error(`${file} has backup format ${manifest.format}; this version reads ${FORMAT}`)
  await rm(path.join(dataDir, MANIFEST))
  return { documents: manifest.documents }
}
