/**
 * readMapChanges against the real thing: participants edit a map concurrently (moves, new keys,
 * deletions, conflicting edits of one key, nested types, other types), and every update they send is
 * both read without applying it and applied to a shadow copy. Wherever the reader answers, its answer
 * must be exactly what applying the update reports; where it cannot, it must say so (null).
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readMapChanges, type KeyChange } from '../../server/extensions/mapChanges.ts'
import { ShadowDocument } from '../../server/extensions/shadowDocument.ts'

const mainMap = (doc: Y.Doc) => doc.getMap<unknown>('records')

/** A small seeded PRNG (mulberry32), so that a failing sequence can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Sorted by key; a shared type as a value is named, not compared (each document has its own object). */
const byKey = (changes: KeyChange[]) =>
  [...changes]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ oldValue, value, ...change }) => ({ ...change, oldValue: named(oldValue), value: named(value) }))
const named = (value: unknown) => (value instanceof Y.AbstractType ? `a ${value.constructor.name}` : value)

interface Tally {
  read: number
  fellBack: number
  actions: Set<string>
  /** Updates read whose new value for a key lost to a concurrent one (fewer changes than values). */
  lost: number
}

/** Checks one update against the live document, then applies it there. */
function deliver(live: Y.Doc, update: Uint8Array, tally: Tally) {
  const read = readMapChanges(live, mainMap(live), 'records', update)
  const shadow = new ShadowDocument(live, [], 'records')
  const applied = shadow.apply(update, null)
  shadow.destroy()
  if (read === null) {
    tally.fellBack++
  } else {
    tally.read++
    expect(applied.outside).toBe(null)
    expect(byKey(read)).toEqual(byKey(applied.keys))
    for (const change of read) tally.actions.add(change.action)
    const values = Y.decodeUpdate(update).structs.length
    if (read.filter((change) => change.action !== 'delete').length < values) tally.lost++
  }
  Y.applyUpdate(live, update)
}

function session(seed: number, steps: number): Tally {
  const next = random(seed)
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]
  const live = new Y.Doc()
  mainMap(live)
  const clients = Array.from({ length: 3 }, () => {
    const doc = new Y.Doc()
    const outbox: Uint8Array[] = []
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'server' && outbox.push(update))
    return { doc, map: mainMap(doc), outbox }
  })
  const tally: Tally = { read: 0, fellBack: 0, actions: new Set(), lost: 0 }
  for (let step = 0; step < steps; step++) {
    const client = pick(clients)
    const keys = [...client.map.keys()]
    const roll = next()
    if (roll < 0.35 && keys.length) client.map.set(pick(keys), { x: Math.floor(next() * 100) })
    else if (roll < 0.5) client.map.set(`note${Math.floor(next() * 12)}`, { x: step })
    else if (roll < 0.58 && keys.length) client.map.delete(pick(keys))
    else if (roll < 0.62)
      client.doc.transact(() => {
        const key = pick(keys.length ? keys : ['note0'])
        client.map.set(key, { x: 1 })
        client.map.set(key, { x: 2 })
      })
    else if (roll < 0.64) client.map.set(`nested${step}`, new Y.Map())
    else if (roll < 0.66) client.doc.getMap('other').set('k', step)
    else if (roll < 0.83) {
      // Send what this client wrote, one update at a time, as a provider does.
      for (const update of client.outbox.splice(0)) deliver(live, update, tally)
    } else {
      // Receive what the server has: until then, this client's edits are concurrent with others'.
      Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(live, Y.encodeStateVector(client.doc)), 'server')
    }
  }
  return tally
}

describe('readMapChanges', () => {
  it('reports exactly what applying each update reports, over many concurrent editing sessions', () => {
    const total: Tally = { read: 0, fellBack: 0, actions: new Set(), lost: 0 }
    for (let seed = 1; seed <= 40; seed++) {
      const tally = session(seed, 400)
      total.read += tally.read
      total.fellBack += tally.fellBack
      total.lost += tally.lost
      for (const action of tally.actions) total.actions.add(action)
    }
    // The comparison covered every kind of change, conflicts lost to a concurrent edit included,
    // and most updates were read without a copy.
    expect([...total.actions].sort()).toEqual(['add', 'delete', 'update'])
    expect(total.lost).toBeGreaterThan(10)
    expect(total.read).toBeGreaterThan(total.fellBack * 3)
  })

  it('declines what it cannot read without integrating: other types, list content, nested values, pending structs', () => {
    const live = new Y.Doc()
    mainMap(live).set('note1', { x: 1 })
    const updateOf = (edit: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(live))
      const updates: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => updates.push(update))
      edit(doc)
      return updates
    }
    const read = (update: Uint8Array) => readMapChanges(live, mainMap(live), 'records', update)

    expect(read(updateOf((doc) => doc.getMap('other').set('k', 1))[0])).toBe(null)
    expect(read(updateOf((doc) => mainMap(doc).set('nested', new Y.Map()))[0])).toBe(null)
    const rogue = new Y.Doc()
    rogue.getArray('records').insert(0, [1])
    expect(read(Y.encodeStateAsUpdate(rogue))).toBe(null)
    // The second of two updates from one client, without the first: it would wait in Yjs's pending store.
    const [, second] = updateOf((doc) => {
      mainMap(doc).set('note2', { x: 2 })
      mainMap(doc).set('note3', { x: 3 })
    })
    expect(read(second)).toBe(null)
    // And a plain move is read.
    expect(read(updateOf((doc) => mainMap(doc).set('note1', { x: 5 }))[0])).toEqual([
      { key: 'note1', action: 'update', oldValue: { x: 1 }, value: { x: 5 } },
    ])
  })
})
