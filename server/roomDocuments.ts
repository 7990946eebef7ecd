/**
 * The room-documents port: what domain services (voting, snapshots, suggestions) need of a room's live
 * board and control documents, without knowing the transport that serves them. `Collab` implements it.
 */
import type { Hocuspocus } from '@hocuspocus/server'
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { RECORDS_KEY } from '../shared/board/schema.ts'
import { CONTROL_KEY, readControl, type ControlState } from '../shared/control.ts'
import { documentName } from '../shared/protocol.ts'
import type { Facilitation } from './extensions/facilitation.ts'
import type { Persistence } from './extensions/persistence.ts'

export interface RoomDocuments {
  /** The board's records as they are now (the live document, or the stored one). */
  boardRecords(roomId: string): Promise<TLRecord[]>
  /** The room's facilitation state, read from its control document (opened if need be): always exact. */
  readControl(roomId: string): Promise<ControlState>
  /**
   * A server-side write to the room's control document, opened (from storage) if it is not open on this
   * instance, so `change` reads the exact current state; resolves once it is durable.
   */
  writeControl(roomId: string, change: (control: Y.Map<unknown>) => void): Promise<void>
  /** Calls `listener` when a facilitator connected to this instance moves a room to another phase. */
  onPhaseChange(listener: (roomId: string, phase: string, endedPhase: string) => void): void
}

/** The port over this instance's Hocuspocus: direct connections that load a document from storage if need be. */
export function roomDocuments(deps: { hocuspocus: Hocuspocus; facilitation: Facilitation; persistence: Persistence }): RoomDocuments {
  const { hocuspocus, facilitation, persistence } = deps
  return {
    async boardRecords(roomId) {
      const connection = await hocuspocus.openDirectConnection(documentName(roomId, 'board'))
      try {
        return [...(connection.document!.getMap(RECORDS_KEY).values() as Iterable<TLRecord>)]
      } finally {
        await connection.disconnect({ unloadImmediately: false })
      }
    },
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
      await persistence.flush(documentName(roomId, 'control'))
    },
    onPhaseChange: (listener) => facilitation.onPhaseChange(listener),
  }
}
