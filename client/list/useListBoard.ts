/**
 * The list view's side of the room: the same `<roomId>/board` document the canvas edits, opened with
 * its own provider on the room's socket, without tldraw. It exposes the records map (re-read at most
 * once a frame) and writes records into it; the server's write guard and lock apply as on the canvas.
 */
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { TLRecord } from '@tldraw/tlschema'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { RECORDS_KEY } from '../../shared/board/ids.ts'
import { CloseEvents } from '../../shared/protocol.ts'
import { openDocument, openSocket, watchStatus, type ConnectionStatus } from '../board/connection.ts'

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
  failure: { kind: 'auth' | 'closed'; reason: string } | null
}

/** Origin of the list view's own transactions, so that observers can tell them from remote ones. */
export const LIST_ORIGIN = 'list-view'

export function useListBoard(roomId: string, token: string): ListBoard {
  const [socket, setSocket] = useState<HocuspocusProviderWebsocket | null>(null)
  const [records, setRecords] = useState<Y.Map<TLRecord> | null>(null)
  const [version, setVersion] = useState(0)
  const [synced, setSynced] = useState(false)
  const [status, setStatus] = useState<ConnectionStatus>('connecting')
  const [readOnlyScope, setReadOnlyScope] = useState(false)
  const [failure, setFailure] = useState<ListBoard['failure']>(null)

  useEffect(() => {
    const socket = openSocket()
    setSocket(socket)
    const { doc, provider } = openDocument(socket, roomId, 'board', token, {
      onAuthenticated: (scope) => setReadOnlyScope(scope === 'readonly'),
      onAuthenticationFailed: (reason) => {
        if (reason === 'storage-unavailable') return
        setFailure({ kind: 'auth', reason })
      },
      onClose: ({ code, reason }) => {
        if (code === CloseEvents.RateLimited.code) return
        if (code === CloseEvents.Unauthorized.code) setFailure({ kind: 'auth', reason })
        else if (code >= 4000 || code === CloseEvents.MessageTooBig.code) {
          socket.disconnect()
          setFailure({ kind: 'closed', reason: reason || `code ${code}` })
        }
      },
      onSynced: () => setSynced(true),
    })
    const map = doc.getMap<TLRecord>(RECORDS_KEY)
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
    const stopStatus = watchStatus(socket, setStatus)
    return () => {
      cancelAnimationFrame(frame)
      map.unobserve(onChange)
      stopStatus()
      provider.destroy()
      socket.destroy()
      doc.destroy()
      setRecords(null)
      setSocket(null)
      setSynced(false)
    }
  }, [roomId, token])

  return { socket, records, version, synced, status, readOnlyScope, failure }
}
