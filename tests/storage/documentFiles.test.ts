import { appendFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentFiles } from '../../server/storage/embedded/documentFiles.ts'
import { eventually } from '../helpers/retry.ts'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'capital-room-docs-'))
  dirs.push(dir)
  return dir
}

/** A client document whose every update is appended to the store. */
function writer(store: DocumentFiles, name: string) {
  const doc = new Y.Doc()
  const appends: Promise<void>[] = []
  doc.on('update', (update: Uint8Array) => appends.push(store.append(name, update)))
  return { doc, map: doc.getMap('records'), settled: () => Promise.all(appends) }
}

async function loadMap(store: DocumentFiles, name: string) {
  const state = await store.load(name)
  const doc = new Y.Doc()
  if (state) Y.applyUpdateV2(doc, state)
  return doc.getMap('records').toJSON()
}

describe('embedded document storage', () => {
  it('returns null for a document never stored, and everything appended after a reopen', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir)
    expect(await store.load('room/board')).toBeNull()
    const w = writer(store, 'room/board')
    for (let i = 0; i < 50; i++) w.map.set(`k${i}`, { i })
    w.map.delete('k3')
    await w.settled()
    await store.close()

    const reopened = new DocumentFiles(dir)
    const stored = await loadMap(reopened, 'room/board')
    expect(Object.keys(stored)).toHaveLength(49)
    expect(stored.k3).toBeUndefined()
    expect(stored.k49).toEqual({ i: 49 })
  })

  it('ignores a torn tail left by a crash and keeps appending after the last intact record', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir)
    const w = writer(store, 'doc')
    w.map.set('a', 1)
    w.map.set('b', 2)
    await w.settled()
    // A crash: the store is never closed (closing would compact the log away).
    const [log] = (await readdir(path.join(dir, 'doc'))).filter((f) => f.endsWith('.log'))
    await appendFile(path.join(dir, 'doc', log), Buffer.from([200, 0, 0, 0, 1, 2, 3])) // half a record

    const reopened = new DocumentFiles(dir)
    expect(await loadMap(reopened, 'doc')).toEqual({ a: 1, b: 2 })
    const w2 = writer(reopened, 'doc')
    Y.applyUpdateV2(w2.doc, (await reopened.load('doc'))!)
    w2.map.set('c', 3)
    await w2.settled()
    await reopened.close()
    expect(await loadMap(new DocumentFiles(dir), 'doc')).toEqual({ a: 1, b: 2, c: 3 })
  })

  it('compacts the log into a v2 snapshot in the background without losing an update', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir, { compactAfterBytes: 2048 })
    const w = writer(store, 'doc')
    for (let i = 0; i < 400; i++) w.map.set(`note${i % 40}`, { x: i, text: 'a note that moves around the board' })
    await w.settled()
    await store.close()
    const files = await readdir(path.join(dir, 'doc'))
    expect(files).toContain('snapshot.bin')
    expect(files.filter((f) => f.endsWith('.log')).length).toBeLessThanOrEqual(2)

    const stored = await loadMap(new DocumentFiles(dir), 'doc')
    expect(Object.keys(stored)).toHaveLength(40)
    expect(stored.note39).toEqual({ x: 399, text: 'a note that moves around the board' })
  })

  it('leaves a released document as its snapshot alone, with nothing lost', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir)
    const w = writer(store, 'doc')
    for (let i = 0; i < 200; i++) w.map.set(`note${i % 20}`, { x: i })
    w.map.delete('note0')
    await w.settled()
    const logBytes = (
      await stat(path.join(dir, 'doc', (await readdir(path.join(dir, 'doc'))).find((f) => f.endsWith('.log'))!))
    ).size
    await store.release('doc')

    const files = await readdir(path.join(dir, 'doc'))
    expect(files).toEqual(['snapshot.bin'])
    // 200 versions of 20 notes, of which only the last 19 remain.
    expect((await stat(path.join(dir, 'doc', 'snapshot.bin'))).size).toBeLessThan(logBytes / 4)
    const stored = await loadMap(new DocumentFiles(dir), 'doc')
    expect(Object.keys(stored)).toHaveLength(19)
    expect(stored.note19).toEqual({ x: 199 })
  })

  it('finishes a release under way before it closes', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir)
    const w = writer(store, 'doc')
    for (let i = 0; i < 200; i++) w.map.set(`note${i % 20}`, { x: i })
    await w.settled()
    void store.release('doc') // the document left memory just before the server shuts down
    await store.close()
    expect(await readdir(path.join(dir, 'doc'))).toEqual(['snapshot.bin'])
    expect(Object.keys(await loadMap(new DocumentFiles(dir), 'doc'))).toHaveLength(20)
  })

  it('compacts a document that has gone quiet while it stays open, and keeps appending after it', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir, { compactWhenIdleMs: 100 })
    const w = writer(store, 'doc')
    for (let i = 0; i < 50; i++) w.map.set(`note${i % 10}`, { x: i })
    await w.settled()
    await eventually(async () => expect(await readdir(path.join(dir, 'doc'))).toEqual(['snapshot.bin']), {
      timeout: 5_000,
    })

    w.map.set('note10', { x: 50 })
    await w.settled()
    expect(await loadMap(store, 'doc')).toMatchObject({ note9: { x: 49 }, note10: { x: 50 } })
    await store.close()
    expect(Object.keys(await loadMap(new DocumentFiles(dir), 'doc'))).toHaveLength(11)
  })

  it('writes a snapshot larger than one paced chunk whole', async () => {
    const dir = await tempDir()
    const store = new DocumentFiles(dir, { compactAfterBytes: 64 * 1024 })
    const w = writer(store, 'doc')
    // ~300 KiB of distinct notes: the snapshot spans several 64 KiB chunks.
    for (let i = 0; i < 1500; i++) w.map.set(`note${i}`, { i, text: `idea ${i} `.repeat(20) })
    await w.settled()
    await store.close()
    const snapshot = await stat(path.join(dir, 'doc', 'snapshot.bin'))
    expect(snapshot.size).toBeGreaterThan(3 * 64 * 1024)

    const stored = await loadMap(new DocumentFiles(dir), 'doc')
    expect(Object.keys(stored)).toHaveLength(1500)
    expect(stored.note1499).toEqual({ i: 1499, text: 'idea 1499 '.repeat(20) })
  })
})
