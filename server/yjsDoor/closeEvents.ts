/**
 * How the y-websocket door closes a socket. y-websocket v3 reconnects (and sends its edits again)
 * after any close code outside 4400–4499, so every refusal here is a 44xx code: the ones `/collab`
 * already uses stay as they are, and the rest are mapped. Closes that are not refusals (1000, the
 * server shutting down with 1001, storage unavailable with 4503) keep a code that lets it reconnect.
 */
import { ConnectionTimeout, Forbidden, ResetConnection, Unauthorized } from '@hocuspocus/common'
import { CloseEvents, type CloseEvent } from '../../shared/protocol.ts'

export const YjsCloseEvents = {
  /** Authentication refused: the code that goes with the permission-denied reason. */
  PermissionDenied: 4403,
  /** A frame that is not a y-websocket sync or awareness message, or that Hocuspocus cannot read. */
  MalformedMessage: { code: 4400, reason: 'malformed-message' },
  /** A message larger than MAX_MESSAGE_BYTES (1009 on `/collab`). */
  MessageTooBig: { code: 4413, reason: 'message-too-big' },
  /** Storage did not answer while authenticating: not a refusal, so y-websocket tries again. */
  StorageUnavailable: { code: 4503, reason: 'storage-unavailable' },
} as const

/** The close event that follows a permission-denied message with `reason`. */
export function afterPermissionDenied(reason: string): CloseEvent {
  return reason === YjsCloseEvents.StorageUnavailable.reason
    ? YjsCloseEvents.StorageUnavailable
    : { code: YjsCloseEvents.PermissionDenied, reason }
}

/** Hocuspocus's close events and ours, by reason: its Close message names the reason only. */
const byReason = new Map<string, CloseEvent>(
  [...Object.values(CloseEvents), Forbidden, Unauthorized, ConnectionTimeout, ResetConnection].map((event) => [
    event.reason,
    event,
  ]),
)

/** The close event for a document connection that Hocuspocus closed with `reason`. */
export function closedWith(reason: string): CloseEvent {
  return yjsCloseEvent(byReason.get(reason)?.code ?? YjsCloseEvents.MalformedMessage.code, reason)
}

/** Any close of a door socket, mapped so that a refusal is 44xx. */
export function yjsCloseEvent(code: number, reason: string): CloseEvent {
  if (code >= 4400 && code < 4600) return { code, reason }
  switch (code) {
    case 1000:
    case 1001:
    case 1011:
    case 1012:
    case 1013:
      return { code, reason }
    case 1009:
      return YjsCloseEvents.MessageTooBig
    default:
      // Hocuspocus's 4205 (a message it could not handle) and ws's 1002/1003/1007/1008 (a broken frame).
      return YjsCloseEvents.MalformedMessage
  }
}
