/**
 * The wire contract between the board client and the collaboration server: document names,
 * the presence (awareness) shape, and the close codes the server uses when it refuses something.
 */
import type { Role } from './schema/room.ts'

/**
 * `presence` is awareness only ("Who's here" and cursors): nobody writes it and it is never stored.
 * Identity travels there, on client ids that never write board items (see PresenceIdentity).
 */
export const DOCUMENT_KINDS = ['board', 'control', 'presence'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** `<roomId>/board`, `<roomId>/control` or `<roomId>/presence`. */
export function documentName(roomId: string, kind: DocumentKind): string {
  return `${roomId}/${kind}`
}

export function parseDocumentName(name: string): { roomId: string; kind: DocumentKind } | null {
  const match = /^([A-Za-z0-9_-]{1,64})\/(board|control|presence)$/.exec(name)
  return match ? { roomId: match[1], kind: match[2] as DocumentKind } : null
}

/**
 * The `user` field of every awareness state. The server overwrites it from the connection's token,
 * so what a client claims here is never trusted.
 */
export interface PresenceUser {
  id: string
  name: string
  city: string
  role: Role
  color: string
}

/** WebSocket path of the collaboration endpoint. */
export const COLLAB_PATH = '/collab'

/** WebSocket path prefix of the y-websocket endpoint: `/yjs/<roomId>/<board|control>?token=…`. */
export const YJS_PATH = '/yjs'

/** Close events the server sends (code + reason), in the style of Hocuspocus's CloseEvents. */
export const CloseEvents = {
  InvalidRecord: { code: 4422, reason: 'invalid-record' },
  DocumentTooLarge: { code: 4413, reason: 'document-too-large' },
  MessageTooBig: { code: 1009, reason: 'message-too-big' },
  Forbidden: { code: 4403, reason: 'forbidden' },
  Unauthorized: { code: 4401, reason: 'unauthorized' },
  RateLimited: { code: 4429, reason: 'rate-limited' },
  /** The participant's board quota (records or bytes) is used up. */
  QuotaExceeded: { code: 4413, reason: 'quota-exceeded' },
  /** The participant has MAX_SOCKETS_PER_TOKEN sockets open already. */
  TooManySockets: { code: 4409, reason: 'too-many-sockets' },
  /** The participant's updates were refused REFUSALS_BEFORE_SHUT_OUT times: shut out for SHUT_OUT_SECONDS. */
  ShutOut: { code: 4403, reason: 'shut-out' },
  /** The socket authenticated no document within AUTHENTICATION_TIMEOUT_MS. */
  AuthenticationTimeout: { code: 4408, reason: 'authentication-timeout' },
  /** A facilitator or the secretariat removed this participant: their tokens are refused from now on. */
  Removed: { code: 4410, reason: 'removed' },
} as const

/** Why authenticating a document failed (the provider's permission-denied reason). */
export const AuthFailures = {
  UnknownDocument: 'unknown-document',
  InvalidToken: 'invalid-token',
  WrongRoom: 'wrong-room',
  UnknownParticipant: 'unknown-participant',
  Removed: 'removed',
  RoomPurged: 'room-purged',
  StorageUnavailable: 'storage-unavailable',
} as const

export interface CloseEvent {
  code: number
  reason: string
}
