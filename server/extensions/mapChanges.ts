/**
 * What an update would change in a document's main map, read from the update itself and the live
 * document, without applying it. Almost every update a participant sends is of one shape: new values
 * for some keys of the main map (a moved or edited record), or deletions of keys. For those, this
 * answers exactly what applying the update would report (the keys, old and new values, and whether
 * each is an add, an update or a delete), for a fraction of the cost and with no copy of the document.
 *
 * Anything else returns null, and the caller applies the update to a copy instead: structs it cannot
 * place without integrating them (references to items the live document does not have yet, several
 * values for one key, deleted or nested content, items outside the main map), and a live document that
 * is itself waiting for missing updates.
 *
 * Where a new value lands among concurrent values of its key follows Yjs's own integration
 * (Item.integrate in yjs/src/structs/Item.js), read-only: only the value that ends up rightmost is the
 * key's new value; one that loses is integrated as deleted and changes nothing.
 */
import * as Y from 'yjs'

export interface KeyChange {
  key: string
  action: 'add' | 'update' | 'delete'
  oldValue: unknown
  /** The key's value after the update (undefined for a delete). */
  value: unknown
}

/** What one update changes: the main map's keys, and whether it writes anything else. */
export interface MapChanges {
  keys: KeyChange[]
  /** 'other types': it writes outside the main map; 'list content': unkeyed content in the main map. */
  outside: 'other types' | 'list content' | null
  /**
   * It refers to changes the document does not have, so Yjs would keep part of it waiting and apply
   * that later, inside whichever update brings them, checked as that update's sender's.
   */
  incomplete: boolean
}

export function readMapChanges(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  mapName: string,
  update: Uint8Array,
): KeyChange[] | null {
  const store = doc.store
  if (store.pendingStructs !== null || store.pendingDs !== null) return null
  const { structs, ds } = Y.decodeUpdate(update)

  const newItems = new Map<string, Y.Item>()
  let client = -1
  let nextClock = 0
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny) || struct.length !== 1) return null
    if (struct.id.client !== client) {
      client = struct.id.client
      nextClock = Y.getState(store, client)
    }
    // Exactly the next clock of its client: nothing already known, nothing missing.
    if (struct.id.clock !== nextClock++) return null
    const key = keyOf(store, map, mapName, struct)
    if (key === null || newItems.has(key)) return null
    newItems.set(key, struct)
  }

  const changes: KeyChange[] = []
  const mapItems = (map as unknown as { _map: Map<string, Y.Item> })._map
  for (const [key, item] of newItems) {
    const current = mapItems.get(key)
    if (!landsLast(store, mapItems, key, item)) continue
    const live = current !== undefined && !current.deleted
    changes.push({
      key,
      action: live ? 'update' : 'add',
      oldValue: live ? lastValue(current) : undefined,
      value: (item.content as Y.ContentAny).arr[0],
    })
  }

  for (const [deletedClient, ranges] of ds.clients) {
    const structsOfClient = store.clients.get(deletedClient)
    for (const { clock, len } of ranges) {
      if (!structsOfClient || clock + len > Y.getState(store, deletedClient)) return null
      for (
        let i = Y.findIndexSS(structsOfClient, clock);
        i < structsOfClient.length && structsOfClient[i].id.clock < clock + len;
        i++
      ) {
        const item = structsOfClient[i]
        if (item.deleted) continue
        if (
          !(item instanceof Y.Item) ||
          item.parent !== map ||
          item.parentSub === null ||
          mapItems.get(item.parentSub) !== item
        )
          return null
        // A new value that lands last replaces this one (counted above as an update); otherwise the key is gone.
        if (changes.some((change) => change.key === item.parentSub)) continue
        changes.push({ key: item.parentSub, action: 'delete', oldValue: lastValue(item), value: undefined })
      }
    }
  }
  return changes
}

/** The main-map key a new item sets, or null if it is anything else or cannot be placed without integrating. */
function keyOf(store: Y.Doc['store'], map: Y.Map<unknown>, mapName: string, item: Y.Item): string | null {
  // A map value never has a right origin; without a left one, the update names parent and key itself.
  if (item.rightOrigin !== null) return null
  if (item.origin === null)
    return (item.parent as unknown) === mapName && item.parentSub !== null ? item.parentSub : null
  const left = liveItemEndingAt(store, item.origin)
  return left !== null && left.parent === map && left.parentSub !== null ? left.parentSub : null
}

/** The live item whose last id is `id`; null if there is none (Yjs would have to split an item, or wait for it). */
function liveItemEndingAt(store: Y.Doc['store'], id: Y.ID): Y.Item | null {
  if (id.clock >= Y.getState(store, id.client)) return null
  const struct = Y.getItem(store, id)
  return struct instanceof Y.Item && struct.id.clock + struct.length - 1 === id.clock ? struct : null
}

/**
 * Whether `item` would become the rightmost value of its key: Item.integrate's conflict resolution
 * for an item without a right origin, run on the live document without changing it.
 */
function landsLast(store: Y.Doc['store'], mapItems: Map<string, Y.Item>, key: string, item: Y.Item): boolean {
  let left = item.origin === null ? null : liveItemEndingAt(store, item.origin)
  let o: Y.Item | null
  if (left !== null) {
    o = left.right
  } else {
    o = mapItems.get(key) ?? null
    while (o !== null && o.left !== null) o = o.left
  }
  const conflicting = new Set<Y.AbstractStruct>()
  const beforeOrigin = new Set<Y.AbstractStruct>()
  while (o !== null) {
    beforeOrigin.add(o)
    conflicting.add(o)
    if (sameId(item.origin, o.origin)) {
      if (o.id.client < item.id.client) {
        left = o
        conflicting.clear()
      } else if (o.rightOrigin === null) {
        break
      }
    } else if (o.origin !== null && beforeOrigin.has(Y.getItem(store, o.origin))) {
      if (!conflicting.has(Y.getItem(store, o.origin))) {
        left = o
        conflicting.clear()
      }
    } else {
      break
    }
    o = o.right
  }
  return left === null ? !mapItems.has(key) : left.right === null
}

const sameId = (a: Y.ID | null, b: Y.ID | null) =>
  a === b || (a !== null && b !== null && a.client === b.client && a.clock === b.clock)

function lastValue(item: Y.Item): unknown {
  const content = item.content.getContent()
  return content[content.length - 1]
}
