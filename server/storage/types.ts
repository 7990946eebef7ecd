/**
 * The storage contract. The server talks to storage only through these interfaces, so the embedded
 * adapter (files in DATA_DIR) and a database adapter are interchangeable.
 */
import type { Participant } from '../../shared/schema/participant.ts'
import type { StoredRoom } from '../../shared/schema/room.ts'

/** Yjs documents, stored as a durable log of updates. */
export interface DocumentStore {
  /** Everything stored for the document, merged into one update in Yjs v2 encoding; null if none. */
  load(name: string): Promise<Uint8Array | null>
  /**
   * Appends one update (Yjs v1 encoding). Resolves only once the update is durable: an update whose
   * promise resolved survives a crash. Rejects if it could not be written; nothing half-written remains.
   */
  append(name: string, update: Uint8Array): Promise<void>
  /** The document left memory: release what is held open for it (its data stays stored). */
  release(name: string): Promise<void>
}

/** Rooms, invites and participants. */
export interface MetadataStore {
  listRooms(): Promise<StoredRoom[]>
  getRoom(id: string): Promise<StoredRoom | undefined>
  findRoomByInvite(code: string): Promise<{ room: StoredRoom; role: keyof StoredRoom['invites'] } | undefined>
  insertRoom(room: StoredRoom): Promise<void>
  /**
   * Read-modify-write of one room, atomic with respect to other updates: `change` gets the current
   * room and returns the new one. Resolves with the stored result, or undefined if there is no such room.
   */
  updateRoom(id: string, change: (room: StoredRoom) => StoredRoom): Promise<StoredRoom | undefined>
  getParticipant(id: string): Promise<Participant | undefined>
  addParticipant(participant: Participant): Promise<void>
}

export interface Storage {
  documents: DocumentStore
  metadata: MetadataStore
  close(): Promise<void>
}
