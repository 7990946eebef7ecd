/**
 * Document records ↔ the board's `records` Y.Map (shared/board/schema.ts describes the format).
 *
 * Local edits (store source 'user', document scope) are written to the map in one transaction with
 * our own origin; everything else that changes the map (the server, other people, the merge of our
 * offline edits on reconnect) is applied through `store.mergeRemoteChanges`, so tldraw's undo stack
 * only ever holds this person's own edits.
 */
import type { TLRecord, TLStore, TLUserId } from 'tldraw'
import type * as Y from 'yjs'

/** The origin of the transactions this binding writes, so its own observer can skip them. */
const LOCAL_ORIGIN = Symbol('capital-room:local-records')

export interface BindRecordsOptions {
  /** Our own `user:` record id: the only user record the server accepts from us. */
  ownUserId: TLUserId
  /** False for observers and closed rooms: the server drops their writes, so we keep none either. */
  canWrite: () => boolean
  /** False unless the room is in named mode: a user record names the client id that writes it. */
  mayWriteUserRecord?: () => boolean
}

/** Puts every record of the map into the store (the first load, after the first sync). */
export function loadRecords(store: TLStore, yRecords: Y.Map<TLRecord>) {
  store.mergeRemoteChanges(() => {
    store.put([...yRecords.values()])
  })
}

export function bindRecords(store: TLStore, yRecords: Y.Map<TLRecord>, options: BindRecordsOptions): () => void {
  const doc = yRecords.doc
  if (!doc) throw new Error('bindRecords: the records map must belong to a Y.Doc')

  // Pasted content can carry other people's user records (attribution); those are not ours to write.
  // Outside named mode our own is kept out of the board too (the server refuses it there).
  const mayWrite = (record: TLRecord) =>
    record.typeName !== 'user' || (record.id === options.ownUserId && (options.mayWriteUserRecord?.() ?? true))

  const stopListening = store.listen(
    ({ changes }) => {
      if (!options.canWrite()) return
      doc.transact(() => {
        for (const record of Object.values(changes.added)) if (mayWrite(record)) yRecords.set(record.id, record)
        for (const [, record] of Object.values(changes.updated)) if (mayWrite(record)) yRecords.set(record.id, record)
        for (const record of Object.values(changes.removed)) if (mayWrite(record)) yRecords.delete(record.id)
      }, LOCAL_ORIGIN)
    },
    { source: 'user', scope: 'document' },
  )

  const onRemoteChange = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN) return
    const toPut: TLRecord[] = []
    const toRemove: TLRecord['id'][] = []
    event.changes.keys.forEach((change, id) => {
      if (change.action === 'delete') {
        toRemove.push(id as TLRecord['id'])
      } else {
        const record = yRecords.get(id)
        if (record) toPut.push(record)
      }
    })
    store.mergeRemoteChanges(() => {
      if (toRemove.length) store.remove(toRemove.filter((id) => store.has(id)))
      if (toPut.length) store.put(toPut)
    })
  }
  yRecords.observe(onRemoteChange)

  return () => {
    stopListening()
    yRecords.unobserve(onRemoteChange)
  }
}
