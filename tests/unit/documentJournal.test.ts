/**
 * The document journal over the real embedded store: updates resolve in the order they were given,
 * only once stored, and a store that fails is retried until it takes them — nothing is dropped.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentJournal, type JournalEvents } from '../../server/extensions/documentJournal.ts'
import { DocumentFiles } from '../../server/storage/embedded/documentFiles.ts'
import type { DocumentStore } from '../../server/storage/types.ts'
import { eventually } from '../helpers/retry.ts'

const NAME = 'room-1/board'
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function embeddedStore(): DocumentFiles {
  const dir = mkdtempSync(path.join(tmpdir(), 'journal-'))
  const store = new DocumentFiles(dir)
  cleanups.push(
    () => store.close(),
    () => rmSync(dir, { recursive: true, force: true }),
  )
  return store
}

/** The store, but every append fails while `down` is true (a disk that is full, a database away). */
function flaky(store: DocumentStore) {
  const state = { down: false, refused: 0 }
  const wrapped: DocumentStore = {
    load: (name) => store.load(name),
    release: (name) => store.release(name),
    compact: (name) => store.compact(name),
    delete: (name) => store.delete(name),
    append: (name, update) => {
      if (!state.down) return store.append(name, update)
      state.refused++
      return Promise.reject(new Error('no space left on device'))
    },
  }
  return { store: wrapped, state }
}

/** A doc that writes notes one by one, handing each update to `onUpdate`. */
function writer(onUpdate: (update: Uint8Array) => void) {
  const doc = new Y.Doc()
  doc.on('update', (update: Uint8Array) => onUpdate(update))
  return (key: string) => doc.getMap('records').set(key, { id: key })
}

async function storedKeys(store: DocumentStore): Promise<string[]> {
  const doc = new Y.Doc()
  const state = await store.load(NAME)
  if (state) Y.applyUpdateV2(doc, state)
  return [...doc.getMap('records').keys()].sort()
}

const quiet: JournalEvents = { onFailure: () => {}, onRecovered: () => {} }

describe('document journal', () => {
  it('resolves each update only once it and every earlier one are stored, in order', async () => {
    const store = embeddedStore()
    const journal = new DocumentJournal(NAME, store, 5, quiet)
    const resolved: number[] = []
    const writes: Promise<void>[] = []
    const write = writer((update) => {
      const n = writes.length
      writes.push(journal.write(update).then(() => void resolved.push(n)))
    })
    for (let i = 0; i < 40; i++) {
      write(`note-${String(i).padStart(2, '0')}`)
      if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 1)) // some in separate batches
    }
    await Promise.all(writes)
    expect(resolved).toEqual([...resolved].sort((a, b) => a - b))
    expect(resolved).toHaveLength(40)
    expect(await storedKeys(store)).toEqual(Array.from({ length: 40 }, (_, i) => `note-${String(i).padStart(2, '0')}`))
  })

  it('writes a lone change at once and what follows within the commit interval together', async () => {
    const store = embeddedStore()
    const appendedAt: number[] = []
    const timed: DocumentStore = {
      load: (name) => store.load(name),
      release: (name) => store.release(name),
      compact: (name) => store.compact(name),
      delete: (name) => store.delete(name),
      append: (name, update) => {
        appendedAt.push(performance.now())
        return store.append(name, update)
      },
    }
    const journal = new DocumentJournal(NAME, timed, 50, quiet)
    const writes: Promise<void>[] = []
    const write = writer((update) => void writes.push(journal.write(update)))
    const started = performance.now()
    write('first')
    for (let i = 0; i < 10; i++) write(`next-${i}`)
    await Promise.all(writes)
    expect(appendedAt[0] - started).toBeLessThan(20)
    const rest = appendedAt.slice(1)
    expect(rest).toHaveLength(10)
    expect(Math.min(...rest) - appendedAt[0]).toBeGreaterThanOrEqual(45)
    expect(Math.max(...rest) - Math.min(...rest)).toBeLessThan(20)
    expect(await storedKeys(store)).toHaveLength(11)
  })

  it('retries a failing store until it takes the updates, acknowledging nothing before', async () => {
    const { store, state } = flaky(embeddedStore())
    const failures: number[] = []
    let recoveredAfter = 0
    const journal = new DocumentJournal(NAME, store, 0, {
      onFailure: (_error, attempt) => failures.push(attempt),
      onRecovered: (attempts) => (recoveredAfter = attempts),
    })
    let stored = 0
    const write = writer((update) => void journal.write(update).then(() => stored++))

    write('before')
    await eventually(() => expect(stored).toBe(1))
    state.down = true
    write('during-1')
    write('during-2')
    await eventually(() => expect(failures.length).toBeGreaterThanOrEqual(2), { timeout: 5_000 })
    expect(stored).toBe(1)
    expect(journal.backlog).toBe(2)

    state.down = false
    await eventually(() => expect(stored).toBe(3), { timeout: 5_000 })
    await journal.settled()
    expect(recoveredAfter).toBe(failures.length + 1)
    expect(journal.backlog).toBe(0)
    expect(await storedKeys(store)).toEqual(['before', 'during-1', 'during-2'])
  })
})
