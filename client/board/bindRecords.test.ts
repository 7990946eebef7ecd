import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLRecord, type TLUserId } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { noteRecord } from '../../tests/helpers/records.ts'
import { bindRecords, loadRecords } from './bindRecords.ts'

const OWN_USER = 'user:me' as TLUserId

function setUp(canWrite = () => true) {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
  const doc = new Y.Doc()
  const records = doc.getMap<TLRecord>('records')
  const unbind = bindRecords(store, records, { ownUserId: OWN_USER, canWrite })
  // What the server seeds into every board; without them tldraw makes its own (as the user).
  doc.transact(() => {
    for (const record of [
      store.schema.types.document.create({ id: 'document:document' as never }),
      store.schema.types.page.create({ id: 'page:page' as never, name: 'Page 1', index: 'a1' as never }),
    ])
      records.set(record.id, record as TLRecord)
  }, 'server')
  return { store, doc, records, unbind }
}

/** A note record in the board format. */
const shapeRecord = (name: string) => noteRecord(name, name) as unknown as TLRecord

describe('bindRecords', () => {
  it('writes the person’s own edits to the map, and merges remote ones into the store without writing them back', () => {
    const { store, records, doc } = setUp()
    const local = shapeRecord('local')
    store.put([local]) // source 'user'
    expect(records.get(local.id)).toMatchObject({ id: local.id, type: 'note' })

    const writes: unknown[] = []
    doc.on('update', (_u: Uint8Array, origin: unknown) => writes.push(origin))
    const remote = shapeRecord('remote')
    const other = new Y.Doc()
    other.getMap('records').set(remote.id, remote)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'server')
    expect(store.get(remote.id)).toMatchObject({ id: remote.id })
    expect(writes).toEqual(['server']) // the remote change was not echoed back into the doc
  })

  it('removes remotely deleted records from the store', () => {
    const { store, records } = setUp()
    const remote = shapeRecord('gone')
    records.doc!.transact(() => records.set(remote.id, remote), 'server')
    expect(store.has(remote.id)).toBe(true)
    records.doc!.transact(() => records.delete(remote.id), 'server')
    expect(store.has(remote.id)).toBe(false)
  })

  it('writes nothing when the person may not write, and never another person’s user record', () => {
    let may = false
    const { store, records } = setUp(() => may)
    store.put([shapeRecord('read-only')])
    expect(records.has('shape:read-only')).toBe(false)
    may = true
    const others = store.schema.types.user.create({ id: 'user:someone-else' as TLUserId, name: 'Not me' }) as TLRecord
    const mine = store.schema.types.user.create({ id: OWN_USER, name: 'Me' }) as TLRecord
    store.put([others, mine])
    expect([...records.keys()].filter((key) => key.startsWith('user:'))).toEqual([OWN_USER])
  })

  it('loadRecords puts every record of the map into the store', () => {
    const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
    const records = new Y.Doc().getMap<TLRecord>('records')
    const a = shapeRecord('a')
    records.set(a.id, a)
    loadRecords(store, records)
    expect(store.get(a.id)).toMatchObject({ id: a.id })
  })

  it('stops both directions when unbound', () => {
    const { store, records, unbind } = setUp()
    unbind()
    store.put([shapeRecord('after')])
    expect(records.has('shape:after')).toBe(false)
    const remote = shapeRecord('remote-after')
    records.doc!.transact(() => records.set(remote.id, remote), 'server')
    expect(store.has(remote.id)).toBe(false)
  })
})
