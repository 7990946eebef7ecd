/**
 * The board's lifecycle for one room page: take the room's connection (roomConnection.ts), wait for
 * the first sync, load the records, then bind records and presence. The store is handed to tldraw
 * only once it holds the server's page ('loading' → 'synced-remote'): the client never creates one.
 */
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { useCallback, useEffect, useRef, useState } from 'react'
import { atom, createTLStore, createUserId, UserRecordType, type TLRecord, type TLStoreWithStatus } from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { IdentityMode } from '../../shared/board/ideas.ts'
import { boardSchema, RECORDS_KEY } from '../../shared/board/schema.ts'
import { CloseEvents, type PresenceUser } from '../../shared/protocol.ts'
import { bindPresence } from './bindPresence.ts'
import { bindRecords, loadRecords } from './bindRecords.ts'
import { newWriterId, watchStatus, type ConnectionStatus } from './connection.ts'
import { takeRoomConnection } from './roomConnection.ts'

export type BoardFailure =
  /** The token was refused (expired, revoked, other room): the person must join again. */
  | { kind: 'auth'; reason: string }
  /** The server closed the connection because of something we sent (e.g. 'invalid-record'). */
  | { kind: 'closed'; code: number; reason: string }

export interface BoardState {
  storeWithStatus: TLStoreWithStatus
  status: ConnectionStatus
  failure: BoardFailure | null
  awareness: Awareness | null
  /** The board's records map once synced (the live region reads who added what). */
  records: Y.Map<TLRecord> | null
  /** True when the server only lets us read (observer, or the room is closed). */
  readOnly: boolean
  /** The room's socket, shared with the control document (null until the board effect runs). */
  socket: HocuspocusProviderWebsocket | null
  /**
   * Tell the board the room's identity mode (null while unknown). Each change gives the board a new
   * Yjs client id for what it writes next, and our `user:` record is written in named mode only.
   */
  setIdentityMode: (mode: IdentityMode | null) => void
}

export function useBoard(opts: { roomId: string; token: string; user: PresenceUser; readOnly: boolean }): BoardState {
  const { roomId, token, user, readOnly: startReadOnly } = opts
  const [storeWithStatus, setStoreWithStatus] = useState<TLStoreWithStatus>({ status: 'loading' })
  const [status, setStatus] = useState<ConnectionStatus>('connecting')
  const [failure, setFailure] = useState<BoardFailure | null>(null)
  const [awareness, setAwareness] = useState<Awareness | null>(null)
  const [records, setRecords] = useState<Y.Map<TLRecord> | null>(null)
  const [readOnly, setReadOnly] = useState(startReadOnly)
  const [socket, setSocket] = useState<HocuspocusProviderWebsocket | null>(null)
  const { id: userId, name, color, city, role } = user
  const identityMode = useRef<IdentityMode | null>(null)
  const onModeChange = useRef<(() => void) | null>(null)
  const setIdentityMode = useCallback((mode: IdentityMode | null) => {
    if (identityMode.current === mode) return
    identityMode.current = mode
    onModeChange.current?.()
  }, [])

  useEffect(() => {
    const $online = atom<'online' | 'offline'>('online', 'offline')
    const $mode = atom<'readonly' | 'readwrite'>('mode', startReadOnly ? 'readonly' : 'readwrite')
    // tldraw keeps this person's `user:` record in the document for attribution; the server only
    // accepts one whose id and name are the participant's own.
    const $currentUser = atom('currentUser', UserRecordType.create({ id: createUserId(userId), name, color }))
    const store = createTLStore({
      schema: boardSchema,
      users: { currentUser: $currentUser },
      collaboration: { status: $online, mode: $mode },
    })

    // Opened by the entry script while the page's code loaded (earlyStart.ts), or now.
    const connection = takeRoomConnection(roomId, token, 'canvas')
    const { socket, board, presence } = connection
    const { doc } = board
    setSocket(socket)
    const unbind: Array<() => void> = []
    let loaded = false
    // Presence ("Who's here", cursors) has a document of its own; the board's provider has no awareness.
    const presenceAwareness = presence?.provider.awareness ?? null
    const stopListening = connection.listen({
      onAuthenticated: (scope) => {
        if (scope === 'readonly') {
          $mode.set('readonly')
          setReadOnly(true)
        }
      },
      onAuthenticationFailed: (reason) => {
        // The server's storage is down: not a refusal. Reconnecting authenticates again.
        if (reason === 'storage-unavailable') {
          setTimeout(() => {
            socket.disconnect()
            void socket.connect()
          }, 3000)
          return
        }
        setFailure({ kind: 'auth', reason })
      },
      onClose: ({ code, reason }) => {
        // Transient: the socket reconnects by itself and the edit is resent.
        if (code === CloseEvents.RateLimited.code || code === CloseEvents.AuthenticationTimeout.code) return
        if (code === CloseEvents.Unauthorized.code) setFailure({ kind: 'auth', reason })
        else if (code >= 4000 || code === CloseEvents.MessageTooBig.code) {
          // A refusal is permanent: reconnecting would resend the refused change, again and again.
          socket.disconnect()
          setFailure({ kind: 'closed', code, reason })
        }
      },
      onSynced: () => {
        if (loaded) return
        loaded = true
        const yRecords = doc.getMap<TLRecord>(RECORDS_KEY)
        setRecords(yRecords)
        loadRecords(store, yRecords)
        const ownUserId = $currentUser.get().id
        unbind.push(
          bindRecords(store, yRecords, {
            ownUserId,
            canWrite: () => $mode.get() === 'readwrite',
            mayWriteUserRecord: () => identityMode.current === 'named',
          }),
        )
        onModeChange.current = () => {
          newWriterId(doc)
          // Kept out of the board while names were hidden: written now, with the new client id.
          const own = store.get(ownUserId)
          if (identityMode.current === 'named' && own && !yRecords.has(ownUserId) && $mode.get() === 'readwrite')
            yRecords.set(ownUserId, own)
        }
        onModeChange.current()
        if (presenceAwareness) {
          unbind.push(
            bindPresence(store, presenceAwareness, {
              record: $currentUser,
              presence: { id: userId, name, city, role, color },
            }),
          )
          setAwareness(presenceAwareness)
        }
        setStoreWithStatus({ status: 'synced-remote', connectionStatus: $online.get(), store })
      },
    })

    unbind.push(
      watchStatus(socket, (next) => {
        setStatus(next)
        const online = next === 'connected' ? 'online' : 'offline'
        if ($online.get() === online) return
        $online.set(online)
        if (loaded) setStoreWithStatus({ status: 'synced-remote', connectionStatus: online, store })
      }),
    )

    return () => {
      for (const stop of unbind.reverse()) stop()
      stopListening()
      onModeChange.current = null
      connection.destroy()
      store.dispose()
      setStoreWithStatus({ status: 'loading' })
      setAwareness(null)
      setRecords(null)
      setSocket(null)
    }
  }, [roomId, token, userId, name, color, city, role, startReadOnly])

  return { storeWithStatus, status, failure, awareness, records, readOnly, socket, setIdentityMode }
}
