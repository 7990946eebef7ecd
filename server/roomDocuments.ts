/**
 * The room-documents port: what domain services (voting, snapshots, suggestions) need of a room's live
 * board and control documents, without knowing the transport that serves them. `Collab` implements it.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import type { ControlState } from '../shared/control.ts'
import type { CloseEvent } from '../shared/protocol.ts'

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
  onPhaseChange(listener: (roomId: string, phase: string) => void): void
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
