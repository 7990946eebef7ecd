/**
 * The storage contract. The server talks to storage only through these interfaces, so the embedded
 * adapter (files in DATA_DIR) and a database adapter are interchangeable.
 */
import type { Participant } from '../../shared/schema/participant.ts'
import type { InviteTarget, StoredRoom } from '../../shared/schema/room.ts'
import type { Stored } from '../../shared/distill/merge.ts'
import type { CodeEntry } from '../../shared/schema/codeEntry.ts'
import type { NextStep } from '../../shared/schema/nextStep.ts'
import type { Snapshot, SnapshotSummary } from '../../shared/schema/snapshot.ts'
import type { Results, Round, Vote } from '../../shared/schema/voting.ts'
import type { VoteRefusal } from '../../shared/voting/rules.ts'
import type { Secrets } from './secrets.ts'
import type { AuditEvent } from '../../shared/schema/audit.ts'

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
  /**
   * Compacts everything stored for the document now, garbage-collecting deleted content, and removes
   * what it replaced (erasure: no earlier version of an erased value stays stored).
   */
  compact(name: string): Promise<void>
  /** Deletes everything stored for the document (its files or rows). It must not be open in memory. */
  delete(name: string): Promise<void>
}

/** Rooms, invites and participants. */
export interface MetadataStore {
  listRooms(): Promise<StoredRoom[]>
  getRoom(id: string): Promise<StoredRoom | undefined>
  /** The room one of whose invite codes is `code`, and where that code leads. */
  findRoomByInvite(code: string): Promise<{ room: StoredRoom; target: InviteTarget } | undefined>
  insertRoom(room: StoredRoom): Promise<void>
  /**
   * Read-modify-write of one room, atomic with respect to other updates: `change` gets the current
   * room and returns the new one. Resolves with the stored result, or undefined if there is no such room.
   */
  updateRoom(id: string, change: (room: StoredRoom) => StoredRoom): Promise<StoredRoom | undefined>
  getParticipant(id: string): Promise<Participant | undefined>
  addParticipant(participant: Participant): Promise<void>
  /** Read-modify-write of one participant, atomic like updateRoom; undefined if there is no such participant. */
  updateParticipant(id: string, change: (participant: Participant) => Participant): Promise<Participant | undefined>
  /** The room's participants (removed ones included), in the order they joined. */
  listParticipants(roomId: string): Promise<Participant[]>
  /** The participant whose personal link has this code. */
  findParticipantByPersonalCode(code: string): Promise<Participant | undefined>
  /** Removes these participants' records (erasure, purge): their session tokens are refused from then on. */
  deleteParticipants(ids: string[]): Promise<void>
}

/** What a participant's vote change does, decided from the round and their own votes. */
export type VoteChange = { refusal: VoteRefusal } | { add: Vote } | { removeTargetId: string }

/** A closed round and what it added up to. Its ballots are gone: only this aggregate is stored. */
export interface ClosedRound {
  round: Round
  results: Results
}

/** Adds up a round's ballots (shared/voting/rules.ts `tally`, with the room's group size). */
export type CountVotes = (round: Round, votes: Vote[]) => Results

/**
 * Voting rounds and their votes (ballots). Votes are never published one by one, and they are kept
 * only while their round is open: closing a round stores its results and deletes its ballots.
 */
export interface VotingStore {
  /** Inserts the round unless its room already has an open one; false then. */
  openRound(round: Round): Promise<boolean>
  /** The room's open round, if any. */
  openRoundOf(roomId: string): Promise<Round | undefined>
  /**
   * Closes the room's open round, all at once: stores `count` of its ballots as its results and
   * deletes the ballots. Resolves with the closed round and its results (undefined if none was open).
   */
  closeRound(roomId: string, closedAt: string, count: CountVotes): Promise<ClosedRound | undefined>
  /**
   * Seals rounds closed before ballots were deleted on close: stores their results (`count`) and
   * deletes their ballots. Resolves with how many it sealed.
   */
  sealClosedRounds(count: CountVotes): Promise<number>
  /** Every vote of a round (none once it is closed). */
  votes(roundId: string): Promise<Vote[]>
  /** The room's closed rounds with their results, oldest first. */
  closedRounds(roomId: string): Promise<ClosedRound[]>
  /**
   * Atomic read-modify-write of one participant's votes in the room's open round: `decide` sees the
   * round and their votes as stored and says what to do; a refusal changes nothing. Resolves with
   * the outcome and the participant's votes afterwards.
   */
  changeVotes(
    roomId: string,
    participantId: string,
    decide: (round: Round | undefined, ownVotes: Vote[]) => VoteChange,
  ): Promise<{ refusal: VoteRefusal | null; round: Round | undefined; ownVotes: Vote[] }>
  /** Deletes the room's rounds and their votes (purge); resolves with how many rounds. */
  deleteRoom(roomId: string): Promise<number>
}

/** Immutable snapshots of rooms' boards. */
export interface SnapshotStore {
  /** Stores a new snapshot durably; snapshots are never changed afterwards. */
  add(snapshot: Snapshot): Promise<void>
  get(id: string): Promise<Snapshot | undefined>
  /** The room's snapshots, oldest first, as summaries (no records). */
  list(roomId: string): Promise<SnapshotSummary[]>
  /** Replaces a stored snapshot with its redacted version: the one change a snapshot takes (erasure). */
  redact(snapshot: Snapshot): Promise<void>
  /** Deletes the room's snapshots (purge); resolves with how many. */
  deleteRoom(roomId: string): Promise<number>
}

/** What rooms were distilled into: Capital Code entries and next steps, with people's edits. */
export interface CodeStore {
  /**
   * Atomic read-modify-write of one room's entries and next steps: `change` gets what is stored and
   * returns what to store (or throws to change nothing).
   */
  changeRoom<T>(roomId: string, change: (stored: Stored) => { stored: Stored; result: T }): Promise<T>
  /** Entries of these rooms (all rooms when omitted). */
  entries(roomIds?: string[]): Promise<CodeEntry[]>
  /** Next steps of every room, optionally only one owner city's. */
  nextSteps(city?: string): Promise<NextStep[]>
}

/** The server's secrets (storage/secrets.ts), generated by the first open of an empty store. */
export interface SecretStore {
  /** The stored secrets; on an empty store, new ones, stored before this resolves (`generated: true`). */
  load(): Promise<Secrets & { generated: boolean }>
}

/** Which audit events to read: one room's, and/or within a time range (ISO strings, inclusive). */
export interface AuditFilter {
  roomId?: string
  from?: string
  to?: string
}

/** The audit log (shared/schema/audit.ts): append-only, hash-chained, never rewritten, also not by erasure or purge. */
export interface AuditStore {
  /**
   * Appends one event. `seal` gets the hash of the last stored event (null on an empty log) and
   * returns the event; appends are serialised, also between instances, so the chain has no forks.
   * Resolves once the event is durable.
   */
  append(seal: (previousHash: string | null) => AuditEvent): Promise<AuditEvent>
  /** Stored events, oldest first. */
  list(filter?: AuditFilter): Promise<AuditEvent[]>
  /** Every event exactly as stored (one JSON line each), oldest first: what `npm run audit:verify` checks. */
  lines(): Promise<string[]>
}

export interface Storage {
  documents: DocumentStore
  metadata: MetadataStore
  voting: VotingStore
  snapshots: SnapshotStore
  code: CodeStore
  secrets: SecretStore
  /**
   * After erasure or purge: makes what was deleted unrecoverable from storage's own files where it can
   * (PostgreSQL: VACUUM of the tables that held it; embedded files are rewritten whole, nothing to do).
   */
  reclaim(): Promise<void>
  audit: AuditStore
  /** Resolves when storage answers; rejects (within a few seconds) when it does not. */
  ping(): Promise<void>
  close(): Promise<void>
}
