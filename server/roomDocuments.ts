/**
 * The room-documents port: what domain services (voting, snapshots, suggestions) need of a room's live
 * board and control documents, without knowing the transport that serves them. `Collab` implements it.
 */
import type { Hocuspocus } from '@hocuspocus/server'
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { RECORDS_KEY } from '../shared/board/schema.ts'
import { CONTROL_KEY, readControl, type ControlState } from '../shared/control.ts'
import { type CloseEvent, documentName } from '../shared/protocol.ts'
import type { ConnectionContext } from './extensions/context.ts'
import type { Facilitation } from './extensions/facilitation.ts'
import type { Persistence } from './extensions/persistence.ts'

export interface RoomDocuments {
  /** The board's records as they are now (the live document, or the stored one). */
  boardRecords(roomId: string): Promise<TLRecord[]>
  /**
   * What `read` makes of the board's records as they are now, read in the same turn as the board
   * becomes available: nothing else runs between (another connection waiting for the same board to
   * load would otherwise go first, e.g. with a sync of the whole board).
   */
  withBoardRecords<T>(roomId: string, read: (records: Iterable<TLRecord>) => T): Promise<T>
  /** The room's facilitation state, read from its control document (opened if need be): always exact. */
  readControl(roomId: string): Promise<ControlState>
  /**
   * A server-side write to the room's control document, opened (from storage) if it is not open on this
   * instance, so `change` reads the exact current state; resolves once it is durable.
   */
  writeControl(roomId: string, change: (control: Y.Map<unknown>) => void): Promise<void>
  /** Calls `listener` when a facilitator connected to this instance moves a room to another phase. */
  onPhaseChange(listener: (roomId: string, phase: string, endedPhase: string) => void): void
  /** A server-side write to the room's board (connected clients see it at once); resolves once it is durable. */
  writeBoard(roomId: string, change: (records: Y.Map<unknown>) => void): Promise<void>
  /**
   * Closes the sockets connected to the room on this instance (only one participant's, when given)
   * with `event`, which takes their presence with them; resolves to how many.
   */
  disconnect(roomId: string, event: CloseEvent, participantId?: string): number
  /** Resolves once the room's board and control documents have left this instance's memory (disconnect first). */
  unloadRoom(roomId: string): Promise<void>
}

/** The participants' side of the port: what a service may ask of their live sessions. */
export interface RoomSessions {
  /** On every instance: a removed participant's sockets close (4410), an admitted one's may write. */
  participantChanged(roomId: string, participantId: string, change: 'removed' | 'admitted'): Promise<void>
}

/** The port over this instance's Hocuspocus: direct connections that load a document from storage if need be. */
export function roomDocuments(deps: {
  hocuspocus: Hocuspocus
  facilitation: Facilitation
  persistence: Persistence
}): RoomDocuments {
  const { hocuspocus, facilitation, persistence } = deps
  async function withBoardRecords<T>(roomId: string, read: (records: Iterable<TLRecord>) => T): Promise<T> {
    const connection = await hocuspocus.openDirectConnection(documentName(roomId, 'board'))
    try {
      return read(connection.document!.getMap(RECORDS_KEY).values() as Iterable<TLRecord>)
    } finally {
      await connection.disconnect({ unloadImmediately: false })
    }
  }
  return {
    boardRecords: (roomId) => withBoardRecords(roomId, (records) => [...records]),
    withBoardRecords,
    async readControl(roomId) {
      const connection = await hocuspocus.openDirectConnection(documentName(roomId, 'control'))
      try {
        return readControl(connection.document!.getMap(CONTROL_KEY).toJSON())
      } finally {
        await connection.disconnect({ unloadImmediately: false })
      }
    },
    async writeControl(roomId, change) {
      await facilitation.write(roomId, change)
      // Hocuspocus hands the change to Persistence.onChange in later microtasks: let them run, so the
      // flush below waits for this change too (erasure compacts right after it).
      await new Promise((resolve) => setImmediate(resolve))
      await persistence.flush(documentName(roomId, 'control'))
    },
    onPhaseChange: (listener) => facilitation.onPhaseChange(listener),
    async writeBoard(roomId, change) {
      const name = documentName(roomId, 'board')
      const connection = await hocuspocus.openDirectConnection(name)
      const updates: Uint8Array[] = []
      const collect = (update: Uint8Array) => updates.push(update)
      try {
        connection.document!.on('update', collect)
        await connection.transact((doc) => change(doc.getMap(RECORDS_KEY)))
        connection.document!.off('update', collect)
        // Stored now, not when onChange gets to it: a compaction right after must include it.
        await Promise.all(updates.map((update) => persistence.storeNow(name, update)))
      } finally {
        connection.document?.off('update', collect)
        await connection.disconnect({ unloadImmediately: false })
      }
      await persistence.flush(name)
    },
    disconnect(roomId, event, participantId) {
      const sockets = new Set<{ close(code?: number, reason?: string): void }>()
      for (const kind of ['board', 'control'] as const) {
        for (const connection of hocuspocus.documents.get(documentName(roomId, kind))?.connections.keys() ?? []) {
          const context = connection.context as ConnectionContext | undefined
          if (participantId === undefined || context?.session.sub === participantId) sockets.add(connection.webSocket)
        }
      }
      // The whole socket: it may carry the person's other document too. Hocuspocus then drops their presence.
      for (const socket of sockets) socket.close(event.code, event.reason)
      return sockets.size
    },
    async unloadRoom(roomId) {
      const names = [documentName(roomId, 'board'), documentName(roomId, 'control')]
      const deadline = Date.now() + UNLOAD_WAIT_MS
      for (;;) {
        const loaded = names.flatMap((name) => hocuspocus.documents.get(name) ?? [])
        if (loaded.length === 0) return
        if (Date.now() > deadline) throw new Error(`the documents of room ${roomId} did not leave memory`)
        // Hocuspocus unloads a document once nobody holds it and its store debounce (2 s) has run.
        for (const document of loaded)
          if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
  }
}

/** How long unloadRoom waits for a room's documents to leave memory. */
const UNLOAD_WAIT_MS = 15_000
