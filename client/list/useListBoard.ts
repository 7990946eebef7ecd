/**
 * The list view's side of the room: the same `<roomId>/board` document the canvas edits, opened with
 * its own provider on the room's socket, without tldraw. It exposes the records map (re-read at most
 * once a frame) and writes records into it; the server's write guard and lock apply as on the canvas.
 *
 * The connection can open before React mounts the list (board/roomConnection.ts, from
 * client/earlyStart.ts): the board's sync then travels while the app's code is still loading.
 */
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { TLRecord } from '@tldraw/tlschema'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { RECORDS_KEY } from '../../shared/board/ids.ts'
import { CloseEvents } from '../../shared/protocol.ts'
import { watchStatus, type ConnectionStatus } from '../board/connection.ts'
import { takeRoomConnection } from '../board/roomConnection.ts'

export interface ListBoard {
  socket: HocuspocusProviderWebsocket | null
  records: Y.Map<TLRecord> | null
  /** Changes whenever the records change (at most once per animation frame). */
  version: number
  synced: boolean
  status: ConnectionStatus
  /** The server lets this connection read only (observer, closed room). */
  readOnlyScope: boolean
  /** The token was refused, or the server closed the connection for something we sent. */
  failure: { kind: 'auth'; reason: string } | { kind: 'closed'; reason: string; code: number } | null
}

/** Origin of the list view's own transactions, so that observers can tell them from remote ones. */
export const LIST_ORIGIN = 'list-view'

type ConnectionState = Pick<ListBoard, 'synced' | 'status' | 'readOnlyScope' | 'failure'>

interface Connection {
  socket: HocuspocusProviderWebsocket
  records: Y.Map<TLRecord>
  readonly state: ConnectionState
  /** Calls `listener` whenever `state` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  destroy(): void
}

function connect(roomId: string, token: string): Connection {
  const room = takeRoomConnection(roomId, token, 'list')
  const { socket } = room
  const listeners = new Set<() => void>()
  let state: ConnectionState = { synced: false, status: 'connecting', readOnlyScope: false, failure: null }
  const update = (change: Partial<ConnectionState>) => {
    state = { ...state, ...change }
    for (const listener of listeners) listener()
  }
  const stopListening = room.listen({
    onAuthenticated: (scope) => update({ readOnlyScope: scope === 'readonly' }),
    onAuthenticationFailed: (reason) => {
      if (reason === 'storage-unavailable') return
      update({ failure: { kind: 'auth', reason } })
    },
    onClose: ({ code, reason }) => {
      if (code === CloseEvents.RateLimited.code) return
      if (code === CloseEvents.Unauthorized.code) update({ failure: { kind: 'auth', reason } })
      else if (code >= 4000 || code === CloseEvents.MessageTooBig.code) {
        socket.disconnect()
        update({ failure: { kind: 'closed', reason, code } })
      }
    },
    onSynced: () => update({ synced: true }),
  })
  const stopStatus = watchStatus(socket, (status) => update({ status }))
  return {
    socket,
    records: room.board.doc.getMap<TLRecord>(RECORDS_KEY),
    get state() {
      return state
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy() {
      listeners.clear()
      stopListening()
      stopStatus()
      room.destroy()
    },
  }
}

export function useListBoard(roomId: string, token: string): ListBoard {
  const [socket, setSocket] = useState<HocuspocusProviderWebsocket | null>(null)
  const [records, setRecords] = useState<Y.Map<TLRecord> | null>(null)
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<ConnectionState>({
    synced: false,
    status: 'connecting',
    readOnlyScope: false,
    failure: null,
  })

  useEffect(() => {
    const connection = connect(roomId, token)
    setSocket(connection.socket)
    setState(connection.state)
    const unsubscribe = connection.subscribe(() => setState(connection.state))
    const map = connection.records
    let frame = 0
    const onChange = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setVersion((v) => v + 1)
      })
    }
    map.observe(onChange)
    setRecords(map)
    return () => {
      cancelAnimationFrame(frame)
      map.unobserve(onChange)
      unsubscribe()
      connection.destroy()
      setRecords(null)
      setSocket(null)
      setState((state) => ({ ...state, synced: false }))
    }
  }, [roomId, token])

  return { socket, records, version, ...state }
}
