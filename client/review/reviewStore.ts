/**
 * A local tldraw store for looking at snapshots: the live board's schema, no sync, read-only. Its
 * records are swapped for another snapshot's in one remote change, so tldraw keeps one editor and
 * no undo history.
 */
import { atom, createTLStore, type TLRecord, type TLStore } from 'tldraw'
import { boardSchema } from '../../shared/board/schema.ts'
import { drawableShapeTypes } from './shapeUtils.ts'

export function createReviewStore(records: TLRecord[]): TLStore {
  const store = createTLStore({ schema: boardSchema, collaboration: { status: null, mode: atom('mode', 'readonly') } })
  showRecords(store, records)
  return store
}

/** Replace the store's document records with `records` (those the canvas can draw). */
export function showRecords(store: TLStore, records: TLRecord[]) {
  const shown = drawable(records)
  const keep = new Set(shown.map((r) => r.id))
  const stale = store
    .allRecords()
    .filter((r) => store.schema.types[r.typeName]?.scope === 'document' && !keep.has(r.id))
    .map((r) => r.id)
  store.mergeRemoteChanges(() => {
    store.remove(stale)
    store.put(shown)
  })
}

/** Leaves out shapes of a type without a util, their children and the bindings that point at them. */
function drawable(records: TLRecord[]): TLRecord[] {
  const dropped = new Set<string>()
  let changed = true
  while (changed) {
    changed = false
    for (const r of records) {
      if (r.typeName !== 'shape' || dropped.has(r.id)) continue
      if (!drawableShapeTypes.has(r.type) || dropped.has(r.parentId)) {
        dropped.add(r.id)
        changed = true
      }
    }
  }
  return records.filter((r) => {
    if (dropped.has(r.id)) return false
    if (r.typeName === 'binding') return !dropped.has(r.fromId) && !dropped.has(r.toId)
    return true
  })
}
