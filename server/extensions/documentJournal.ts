/**
 * One open document's writer. Updates are stored in the order they are given, and each one's promise
 * resolves once it and every update given before it are stored: whoever sees an update resolve knows
 * that everything it could depend on is durable too.
 *
 * Writes are at least `commitIntervalMs` apart: what arrives in between is written together (group
 * commit), so a busy board costs a few disk syncs a second, not one per update. A change arriving
 * after a quiet spell is written at once.
 *
 * A failed append is retried, with back-off, until storage takes it; the promise never rejects. By the
 * time an update is given here it is in the live document (or about to be), so giving up would leave
 * it in memory only, where no client would ever resend it.
 */
import type { DocumentStore } from '../storage/types.ts'

const FIRST_RETRY_MS = 250
const MAX_RETRY_MS = 2_000

interface Waiting {
  update: Uint8Array
  stored: () => void
}

export interface JournalEvents {
  /** An attempt to store failed; it is retried after `retryInMs`. */
  onFailure(error: unknown, attempt: number, retryInMs: number): void
  /** Storage took what had failed, after `attempts` attempts. */
  onRecovered(attempts: number): void
}

export class DocumentJournal {
  private queue: Waiting[] = []
  private writing: Promise<void> | undefined
  private storing = 0
  private lastWriteAt = -Infinity
  private readonly name: string
  private readonly store: DocumentStore
  private readonly commitIntervalMs: number
  private readonly events: JournalEvents

  constructor(name: string, store: DocumentStore, commitIntervalMs: number, events: JournalEvents) {
    this.name = name
    this.store = store
    this.commitIntervalMs = commitIntervalMs
    this.events = events
  }

  /** Resolves once `update`, and every update written before it, is stored. */
  write(update: Uint8Array): Promise<void> {
    return new Promise((stored) => {
      this.queue.push({ update, stored })
      this.writing ??= this.drain()
    })
  }

  /** Resolves once everything written so far is stored. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing
  }

  /** Updates given but not stored yet. */
  get backlog(): number {
    return this.queue.length + this.storing
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const wait = this.lastWriteAt + this.commitIntervalMs - performance.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
        this.lastWriteAt = performance.now()
        // Whatever arrived meanwhile goes out together (the stores group-commit concurrent appends).
        const batch = this.queue.splice(0)
        this.storing = batch.length
        await this.storeAll(batch.map((waiting) => waiting.update))
        this.storing = 0
        for (const waiting of batch) waiting.stored()
      }
    } finally {
      this.writing = undefined
    }
  }

  private async storeAll(updates: Uint8Array[]): Promise<void> {
    let unstored = updates
    for (let attempt = 1; ; attempt++) {
      const results = await Promise.allSettled(unstored.map((update) => this.store.append(this.name, update)))
      const failures = results.flatMap((result, i) =>
        result.status === 'rejected' ? [{ update: unstored[i], error: result.reason }] : [],
      )
      if (failures.length === 0) {
        if (attempt > 1) this.events.onRecovered(attempt)
        return
      }
      const retryInMs = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1))
      this.events.onFailure(failures[0].error, attempt, retryInMs)
      await new Promise((resolve) => setTimeout(resolve, retryInMs))
      unstored = failures.map((failure) => failure.update)
    }
  }
}
