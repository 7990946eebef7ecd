/**
 * A copy of a live document that updates are applied to for real, to see what they change: the write
 * guard's way for the updates that `readMapChanges` cannot read without integrating them.
 */
import * as Y from 'yjs'
import type { KeyChange, MapChanges } from './mapChanges.ts'

export class ShadowDocument {
  private readonly doc = new Y.Doc({ gc: true })
  private readonly map: Y.Map<unknown>
  // biome-ignore lint/suspicious/noExplicitAny: Yjs types its change map with AbstractType<any>
  private changed: Map<Y.AbstractType<any>, Set<string | null>> = new Map()
  private keys: KeyChange[] = []

  /** A copy of `live` plus `inFlight` (updates accepted but not applied to it yet), watching its map `mapName`. */
  constructor(live: Y.Doc, inFlight: Iterable<Uint8Array>, mapName: string) {
    // Defined before any update is applied: a type first created by an update is a generic
    // AbstractType, and defining it later would replace the object the observers hold.
    this.map = this.doc.getMap(mapName)
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(live))
    for (const update of inFlight) Y.applyUpdate(this.doc, update)
    // Registered once, not around every update.
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.changed = transaction.changed
    })
    this.map.observe((event) => {
      event.changes.keys.forEach(({ action, oldValue }, key) =>
        this.keys.push({ key, action, oldValue, value: this.map.get(key) }),
      )
    })
  }

  /** Applies `update` (Yjs v1) and reports what it changed; throws if it is malformed. */
  apply(update: Uint8Array, origin: unknown): MapChanges {
    this.changed = new Map()
    this.keys = []
    const { store } = this.doc
    // Something may already wait (relayed updates can arrive out of order): only new waiting counts.
    const waitingBefore = store.pendingStructs !== null || store.pendingDs !== null
    Y.applyUpdate(this.doc, update, origin)
    const incomplete = !waitingBefore && (store.pendingStructs !== null || store.pendingDs !== null)
    let outside: MapChanges['outside'] = null
    for (const [type, keys] of this.changed) {
      if (type !== this.map) outside = 'other types'
      else if (keys.has(null)) outside ??= 'list content'
    }
    return { keys: this.keys, outside, incomplete }
  }

  destroy() {
    this.doc.destroy()
  }
}
