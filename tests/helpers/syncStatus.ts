/**
 * The server's answers to a provider's updates: Hocuspocus sends SyncStatus(true) for an update it
 * applied and SyncStatus(false) for one a read-only connection sent (dropped). The provider does not
 * surface the "false" answers; this reads them off its messages, so a test can wait for a refusal
 * instead of sleeping and asserting that nothing happened.
 */
import * as decoding from 'lib0/decoding'
import type { Participant } from './participant.ts'
import { eventually } from './retry.ts'

const SYNC_STATUS = 8

/** Counts the updates the server answered as not applied, from now on. */
export function countNotApplied(participant: Participant) {
  const counter = { notApplied: 0 }
  participant.provider.on('message', ({ event }: { event: MessageEvent }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer))
    decoding.readVarString(decoder)
    if (decoding.readVarUint(decoder) === SYNC_STATUS && decoding.readVarInt(decoder) === 0) counter.notApplied += 1
  })
  return {
    /** Resolves once the server has answered at least `count` updates as not applied. */
    refused: (count = 1, timeout = 10_000) =>
      eventually(
        () => {
          if (counter.notApplied < count) throw new Error(`${counter.notApplied} updates refused so far`)
        },
        { timeout },
      ),
  }
}
