/**
 * Presence ↔ Yjs awareness. Our awareness state carries `user` (who we are, PresenceUser) and
 * `presence` (tldraw's instance_presence record: cursor, selection, camera). Other clients' presence
 * records go into the store as remote changes, which is what tldraw's collaborator cursors draw.
 */
import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from '../../shared/protocol.ts'

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** Every client's presence record has an id derived from its awareness client id: stable and unforgeable. */
const presenceIdOf = (clientId: number) => InstancePresenceRecordType.createId(String(clientId))

export function bindPresence(
  store: TLStore,
  awareness: Awareness,
  user: { record: Signal<TLUser | null>; presence: PresenceUser },
): () => void {
  awareness.setLocalStateField('user', user.presence)

  const $presence = createPresenceStateDerivation(user.record, { instanceId: presenceIdOf(awareness.clientID) })(store)
  const stopPublishing = react('publish presence', () => {
    awareness.setLocalStateField('presence', $presence.get() ?? null)
  })

  const onChange = ({ added, updated, removed }: AwarenessChange) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const record = readPresence(clientId, states.get(clientId)?.presence)
      if (record) toPut.push(record)
      else toRemove.push(presenceIdOf(clientId))
    }
    for (const clientId of removed) toRemove.push(presenceIdOf(clientId))
    store.mergeRemoteChanges(() => {
      const gone = toRemove.filter((id) => store.has(id))
      if (gone.length) store.remove(gone)
      if (toPut.length) store.put(toPut)
    })
  }
  awareness.on('change', onChange)
  // Those who were here before we bound.
  onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    awareness.off('change', onChange)
    stopPublishing()
    awareness.setLocalStateField('presence', null)
    store.mergeRemoteChanges(() => {
      store.remove(
        store.query
          .records('instance_presence')
          .get()
          .map((record) => record.id),
      )
    })
  }
}

/** A remote presence value as a valid record, or null (absent or malformed: that cursor is not drawn). */
function readPresence(clientId: number, value: unknown): TLInstancePresence | null {
  if (typeof value !== 'object' || value === null) return null
  const candidate = value as TLInstancePresence
  try {
    return InstancePresenceRecordType.validate({ ...candidate, id: presenceIdOf(clientId) })
  } catch {
    return null
  }
}
