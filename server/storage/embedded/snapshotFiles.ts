/**
 * The embedded SnapshotStore: each snapshot in its own file, DATA_DIR/snapshots/<id>.json (written
 * durably, never rewritten), and the summaries in DATA_DIR/snapshots.json (lowdb) for quick lists.
 */
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import {
  storedSnapshotSchema,
  summarize,
  type Snapshot,
  type SnapshotSummary,
} from '../../../shared/schema/snapshot.ts'
import type { SnapshotStore } from '../types.ts'
import { writeFileDurably } from './durableFile.ts'
import { DurableJsonFile } from './durableJsonFile.ts'

const indexSchema = z.object({
  summaries: z.array(z.custom<SnapshotSummary>((v) => typeof v === 'object' && v !== null)),
})
type Index = z.infer<typeof indexSchema>

export class SnapshotFiles implements SnapshotStore {
  private readonly dir: string
  private readonly index: Low<Index>

  private constructor(dir: string, index: Low<Index>) {
    this.dir = dir
    this.index = index
  }

  static async open(dataDir: string): Promise<SnapshotFiles> {
    const dir = path.join(dataDir, 'snapshots')
    await mkdir(dir, { recursive: true })
    const index = new Low(new DurableJsonFile(path.join(dataDir, 'snapshots.json'), indexSchema), { summaries: [] })
    await index.read()
    return new SnapshotFiles(dir, index)
  }

  async add(snapshot: Snapshot): Promise<void> {
    // The file first: a summary never points at a snapshot that is not on disk.
    await writeFileDurably(this.file(snapshot.id), JSON.stringify(snapshot))
    this.index.data.summaries.push(summarize(snapshot))
    await this.index.write()
  }

  async get(id: string): Promise<Snapshot | undefined> {
    if (!this.index.data.summaries.some((s) => s.id === id)) return undefined
    return storedSnapshotSchema.parse(JSON.parse(await readFile(this.file(id), 'utf8')))
  }

  async list(roomId: string): Promise<SnapshotSummary[]> {
    return structuredClone(this.index.data.summaries.filter((s) => s.roomId === roomId))
  }

  async redact(snapshot: Snapshot): Promise<void> {
    const index = this.index.data.summaries.findIndex((s) => s.id === snapshot.id)
    if (index === -1) throw new Error(`no snapshot ${snapshot.id} to redact`)
    await writeFileDurably(this.file(snapshot.id), JSON.stringify(snapshot))
    this.index.data.summaries[index] = summarize(snapshot)
    await this.index.write()
  }

  async deleteRoom(roomId: string): Promise<number> {
    const gone = this.index.data.summaries.filter((s) => s.roomId === roomId)
    // The index first: no summary ever points at a deleted file.
    this.index.data.summaries = this.index.data.summaries.filter((s) => s.roomId !== roomId)
    await this.index.write()
    for (const summary of gone) await rm(this.file(summary.id), { force: true })
    return gone.length
  }

  private file(id: string) {
    return path.join(this.dir, `${encodeURIComponent(id)}.json`)
  }
}
