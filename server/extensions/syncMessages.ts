/** Small facts about y-protocols sync messages and Hocuspocus transaction origins. */
import type { Connection } from '@hocuspocus/server'

/** y-protocols' SyncStep1 carries a state vector, not an update. */
export const SYNC_STEP_1 = 0

/** An update that changes nothing: Yjs v1 encodes it as two zero bytes. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength <= 2 && update.every((byte) => byte === 0)
}

export function isFromConnection(origin: unknown): origin is { source: 'connection'; connection: Connection } {
  return typeof origin === 'object' && origin !== null && (origin as { source?: unknown }).source === 'connection'
}
