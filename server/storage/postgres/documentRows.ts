/**
 * The PostgreSQL DocumentStore, safe with several instances writing the same document:
 *
 *   documents(name, snapshot)         the compacted state (Yjs v2); its row is compaction's lock
 *   document_updates(id, name, data)  one row per appended update (Yjs v1)
 *
 * An append is one INSERT, durable once committed; appends never read or rewrite anything, so two
 * instances appending to the same document both survive. Load reads the snapshot and the update rows
 * in one statement (one consistent view, so a compaction committing meanwhile is seen entirely or not
 * at all). Compaction, in one transaction, locks the document's row, merges the snapshot with the rows
 * it read, writes the new snapshot and deletes exactly those rows by id: a row appended by another
 * instance meanwhile is not among them and stays for the next load or compaction.
 *
 * A document is compacted while it is edited (rows past a size), once it goes quiet, and when this
 * instance releases it, so a board at rest is its snapshot row alone.
 */
import type pg from 'pg'
import * as Y from 'yjs'
import { QuietTimer } from '../quietTimer.ts'
import type { DocumentStore } from '../types.ts'
import { inTransaction } from './pool.ts'

export interface DocumentRowsOptions {
  /** Compact once this instance saw more than this many bytes of update rows (and more than the snapshot). Default 1 MiB. */
  compactAfterBytes?: number
  /** Compact an open document once this many ms passed without an append from this instance. Default 30000. */
  compactWhenIdleMs?: number
  /** Called when a background compaction fails (the update rows are kept). */
  onCompactionError?: (name: string, error: unknown) => void
}

interface Counters {
  /** Bytes of update rows not compacted yet, as far as this instance knows. */
  rowBytes: number
  snapshotBytes: number
  compacting: Promise<void> | undefined
  /** Compacts the document once no append has come for compactWhenIdleMs. */
  quiet: QuietTimer
}

export class DocumentRows implements DocumentStore {
  private readonly pool: pg.Pool
  private readonly compactAfterBytes: number
  private readonly compactWhenIdleMs: number
  private readonly onCompactionError: (name: string, error: unknown) => void
  private readonly counters = new Map<string, Counters>()

  constructor(pool: pg.Pool, options: DocumentRowsOptions = {}) {
    this.pool = pool
    this.compactAfterBytes = options.compactAfterBytes ?? 1024 * 1024
    this.compactWhenIdleMs = options.compactWhenIdleMs ?? 30_000
    this.onCompactionError = options.onCompactionError ?? (() => {})
  }

  async load(name: string): Promise<Uint8Array | null> {
    // One statement, so one snapshot of the database: never a new snapshot with old rows missing.
    const { rows } = await this.pool.query<{ snapshot: Buffer | null; data: Buffer | null }>(
      `SELECT snapshot, NULL::bytea AS data, 0::bigint AS id FROM documents WHERE name = $1 AND snapshot IS NOT NULL
       UNION ALL
       SELECT NULL, data, id FROM document_updates WHERE name = $1
       ORDER BY id`,
      [name],
    )
    if (rows.length === 0) return null
    const snapshot = rows[0].snapshot
    const updates = rows.flatMap((row) => (row.data ? [row.data] : []))
    const counters = this.countersOf(name)
    counters.rowBytes = sum(updates)
    counters.snapshotBytes = snapshot?.byteLength ?? 0
    this.compactIfDue(name, counters)
    if (counters.rowBytes > 0) counters.quiet.touch()
    return merge(snapshot, updates)
  }

  async append(name: string, update: Uint8Array): Promise<void> {
    await this.pool.query('INSERT INTO document_updates (name, data) VALUES ($1, $2)', [name, Buffer.from(update)])
    const counters = this.countersOf(name)
    counters.rowBytes += update.byteLength
    this.compactIfDue(name, counters)
    counters.quiet.touch()
  }

  async release(name: string): Promise<void> {
    const counters = this.counters.get(name)
    if (!counters) return
    this.counters.delete(name)
    counters.quiet.cancel()
    await counters.compacting
    // What a document leaves at rest is its snapshot alone (rows another instance appends later stay for it).
    if (counters.rowBytes > 0) await this.compact(name).catch((error) => this.onCompactionError(name, error))
  }

  async close(): Promise<void> {
    await Promise.all([...this.counters.keys()].map((name) => this.release(name)))
  }

  /** Merges the document's update rows into its snapshot; safe to run on several instances at once. */
  async compact(name: string): Promise<void> {
    const merged = await inTransaction(this.pool, async (client) => {
      await client.query('INSERT INTO documents (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name])
      // Compactions of one document take turns; appends do not wait (they touch no existing row).
      const locked = await client.query<{ snapshot: Buffer | null }>(
        'SELECT snapshot FROM documents WHERE name = $1 FOR UPDATE',
        [name],
      )
      const { rows } = await client.query<{ id: string; data: Buffer }>(
        'SELECT id, data FROM document_updates WHERE name = $1 ORDER BY id',
        [name],
      )
      if (rows.length === 0) return { rowBytes: 0, snapshotBytes: locked.rows[0].snapshot?.byteLength ?? 0 }
      const snapshot = merge(
        locked.rows[0].snapshot,
        rows.map((row) => row.data),
      )
      await client.query('UPDATE documents SET snapshot = $2, compacted_at = now() WHERE name = $1', [
        name,
        Buffer.from(snapshot),
      ])
      await client.query('DELETE FROM document_updates WHERE name = $1 AND id = ANY($2::bigint[])', [
        name,
        rows.map((row) => row.id),
      ])
      return { rowBytes: sum(rows.map((row) => row.data)), snapshotBytes: snapshot.byteLength }
    })
    const counters = this.counters.get(name)
    if (counters) {
      counters.rowBytes = Math.max(0, counters.rowBytes - merged.rowBytes)
      counters.snapshotBytes = merged.snapshotBytes
    }
  }

  async delete(name: string): Promise<void> {
    await this.release(name)
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM document_updates WHERE name = $1', [name])
      await client.query('DELETE FROM documents WHERE name = $1', [name])
    })
  }

  private countersOf(name: string): Counters {
    let counters = this.counters.get(name)
    if (!counters) {
      const created: Counters = {
        rowBytes: 0,
        snapshotBytes: 0,
        compacting: undefined,
        quiet: new QuietTimer(this.compactWhenIdleMs, () => {
          if (created.rowBytes > 0 && this.counters.get(name) === created) this.compactInBackground(name, created)
        }),
      }
      this.counters.set(name, (counters = created))
    }
    return counters
  }

  private compactIfDue(name: string, counters: Counters) {
    if (counters.rowBytes > this.compactAfterBytes && counters.rowBytes > counters.snapshotBytes)
      this.compactInBackground(name, counters)
  }

  private compactInBackground(name: string, counters: Counters) {
    if (counters.compacting) return
    counters.compacting = this.compact(name)
      .catch((error) => this.onCompactionError(name, error))
      .finally(() => {
        counters.compacting = undefined
      })
  }
}

/** Snapshot (v2) plus updates (v1), applied in order to a garbage-collecting Y.Doc: the compacted v2 state. */
function merge(snapshot: Uint8Array | null, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true })
  if (snapshot) Y.applyUpdateV2(doc, snapshot)
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update)
  })
  const state = Y.encodeStateAsUpdateV2(doc)
  doc.destroy()
  return state
}

function sum(buffers: Uint8Array[]): number {
  return buffers.reduce((total, buffer) => total + buffer.byteLength, 0)
}
