/**
 * The embedded DocumentStore: per document a folder holding a compacted snapshot (Yjs v2) and
 * numbered update logs (Yjs v1 records, one per accepted update).
 *
 *   docs/<encoded name>/snapshot.bin   [u32 LE generation][v2 state of every log up to that generation]
 *   docs/<encoded name>/<generation>.log
 *
 * Appends go to the newest log and are durable when their promise resolves. Compaction starts a new
 * log, merges the snapshot with the older logs into a new snapshot (written atomically), then deletes
 * those logs. A crash at any step leaves a readable set of files. It runs while edits come in once the
 * log passes `compactAfterBytes` and twice the snapshot (so its cost per appended byte stays bounded,
 * and a busy board is not compacted every few seconds), and whenever the document goes quiet or leaves
 * memory: a document at rest is its snapshot alone.
 */
import { mkdir, readFile, rm, unlink } from 'node:fs/promises'
import path from 'node:path'
import { QuietTimer } from '../quietTimer.ts'
import type { DocumentStore } from '../types.ts'
import { AppendLog, readRecords } from './appendLog.ts'
import { listLogs, readSnapshot, SNAPSHOT } from './docFolder.ts'
import { writeFileDurably } from './durableFile.ts'
import { StateReader } from './stateReader.ts'

/** Compaction writes its snapshot in paced chunks (durableFile.ts): it is background work. */
const SNAPSHOT_PACE_MS = 5
/** While edits come in, compact once the log is this many times the snapshot's size. */
const LOG_PER_SNAPSHOT = 2

export interface DocumentFilesOptions {
  /** While edits come in, compact once the log holds more than this many bytes and twice the snapshot. Default 1 MiB. */
  compactAfterBytes?: number
  /** Compact a document whose log has gone this long without an append. Default 30 s. */
  compactWhenIdleMs?: number
  /** Called when a background compaction fails (the data stays in the logs). */
  onCompactionError?: (name: string, error: unknown) => void
}

interface OpenDocument {
  dir: string
  generation: number
  log: AppendLog
  snapshotBytes: number
  compacting: Promise<void> | undefined
  /** Compacts the document once no append has come for compactWhenIdleMs. */
  quiet: QuietTimer
}

export class DocumentFiles implements DocumentStore {
  private readonly open = new Map<string, Promise<OpenDocument>>()
  /** Documents being released: reopening one waits, so two logs never write the same file. */
  private readonly releasing = new Map<string, Promise<void>>()
  private readonly root: string
  private readonly compactAfterBytes: number
  private readonly compactWhenIdleMs: number
  private readonly onCompactionError: (name: string, error: unknown) => void
  /** Integrating a document's updates is CPU-heavy: it runs off the event loop, in worker threads. */
  private readonly reader = new StateReader()
  /** Compaction is background work: its worker yields the CPU to everything else. */
  private readonly compactor = new StateReader({ background: true })

  constructor(root: string, options: DocumentFilesOptions = {}) {
    this.root = root
    this.compactAfterBytes = options.compactAfterBytes ?? 1024 * 1024
    this.compactWhenIdleMs = options.compactWhenIdleMs ?? 30_000
    this.onCompactionError = options.onCompactionError ?? (() => {})
    // Start the worker now, so the first room to open does not wait for it to boot.
    this.reader.warmUp()
  }

  async load(name: string): Promise<Uint8Array | null> {
    const doc = await this.openDocument(name)
    await doc.compacting
    const { state, found } = await this.reader.read(doc.dir)
    return found ? state : null
  }

  async append(name: string, update: Uint8Array): Promise<void> {
    const doc = await this.openDocument(name)
    await doc.log.append(update)
    doc.quiet.touch()
    if (doc.log.size > this.compactAfterBytes && doc.log.size > LOG_PER_SNAPSHOT * doc.snapshotBytes)
      this.compactInBackground(name, doc)
  }

  private compactInBackground(name: string, doc: OpenDocument): void {
    if (doc.compacting) return
    doc.compacting = this.compactFiles(doc)
      .catch((error) => this.onCompactionError(name, error))
      .finally(() => {
        doc.compacting = undefined
      })
  }

  async release(name: string): Promise<void> {
    const opening = this.open.get(name)
    if (!opening) return
    this.open.delete(name)
    const releasing = (async () => {
      const doc = await opening
      doc.quiet.cancel()
      await doc.compacting
      // What a document leaves at rest is its snapshot alone.
      if (doc.log.size > 0) await this.compactFiles(doc).catch((error) => this.onCompactionError(name, error))
      await doc.log.close()
    })()
    this.releasing.set(name, releasing)
    try {
      await releasing
    } finally {
      if (this.releasing.get(name) === releasing) this.releasing.delete(name)
    }
  }

  async compact(name: string): Promise<void> {
    const doc = await this.openDocument(name)
    await doc.compacting
    // Even an empty newest log: the older logs and the snapshot are rewritten into one snapshot.
    doc.compacting = this.compactFiles(doc).finally(() => {
      doc.compacting = undefined
    })
    await doc.compacting
  }

  async delete(name: string): Promise<void> {
    await this.release(name)
    await this.releasing.get(name)
    await rm(path.join(this.root, encodeURIComponent(name)), { recursive: true, force: true })
  }

  async close(): Promise<void> {
    await Promise.all([...this.open.keys()].map((name) => this.release(name)))
    // Releases already under way (a document that just left memory) finish their compaction first.
    await Promise.all([...this.releasing.values()].map((releasing) => releasing.catch(() => {})))
    await Promise.all([this.reader.close(), this.compactor.close()])
  }

  private openDocument(name: string): Promise<OpenDocument> {
    let opening = this.open.get(name)
    if (!opening) {
      const previous = this.releasing.get(name)
      opening = (async () => {
        await previous?.catch(() => {})
        return this.openFiles(name, path.join(this.root, encodeURIComponent(name)))
      })()
      this.open.set(name, opening)
      opening.catch(() => this.open.delete(name))
    }
    return opening
  }

  private async openFiles(name: string, dir: string): Promise<OpenDocument> {
    await mkdir(dir, { recursive: true })
    const { generation: snapshotGeneration, bytes } = await readSnapshot(dir)
    const logs = await listLogs(dir)
    // Logs already merged into the snapshot remain if a crash came between the two steps of compaction.
    for (const stale of logs.filter((g) => g <= snapshotGeneration)) await unlink(path.join(dir, `${stale}.log`))
    const generation = Math.max(snapshotGeneration + 1, ...logs)
    const file = path.join(dir, `${generation}.log`)
    const existing = await readFile(file).catch(() => new Uint8Array())
    const log = new AppendLog(file, readRecords(existing).validBytes)
    const doc: OpenDocument = {
      dir,
      generation,
      log,
      snapshotBytes: bytes,
      compacting: undefined,
      quiet: new QuietTimer(this.compactWhenIdleMs, () => {
        if (doc.log.size > 0) this.compactInBackground(name, doc)
      }),
    }
    return doc
  }

  private async compactFiles(doc: OpenDocument): Promise<void> {
    const sealed = doc.log
    const sealedGeneration = doc.generation
    doc.generation += 1
    doc.log = new AppendLog(path.join(doc.dir, `${doc.generation}.log`), 0)
    await sealed.close()

    const { state } = await this.compactor.read(doc.dir, sealedGeneration)
    const snapshot = new Uint8Array(4 + state.byteLength)
    new DataView(snapshot.buffer).setUint32(0, sealedGeneration, true)
    snapshot.set(state, 4)
    await writeFileDurably(path.join(doc.dir, SNAPSHOT), snapshot, { paceMs: SNAPSHOT_PACE_MS })
    doc.snapshotBytes = snapshot.byteLength
    for (const generation of await listLogs(doc.dir)) {
      if (generation <= sealedGeneration) await unlink(path.join(doc.dir, `${generation}.log`))
    }
  }
}
