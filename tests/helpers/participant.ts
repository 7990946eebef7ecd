/** newParticipant(): a real Hocuspocus provider in Node, connected to a board or control document. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { RECORDS_KEY } from '../../shared/board/schema.ts'
import { eventually } from './retry.ts'

export interface Participant {
  provider: HocuspocusProvider
  doc: Y.Doc
  records: Y.Map<any>
  /** Close reasons and authentication failures this participant saw. */
  events: { closed: { code?: number; reason?: string }[]; authFailed: string[] }
  /** Resolves once every local change was acknowledged by the server (default wait 10 s). */
  acknowledged(timeoutMs?: number): Promise<void>
  destroy(): void
}

/** `WebSocketPolyfill`: a WebSocket class to connect with (e.g. `ws` trusting a test certificate). */
export async function newParticipant(
  wsUrl: string,
  documentName: string,
  token: string,
  opts: { waitForSync?: boolean; syncTimeoutMs?: number; WebSocketPolyfill?: unknown } = {},
): Promise<Participant> {
  const doc = new Y.Doc()
  const events: Participant['events'] = { closed: [], authFailed: [] }
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: wsUrl,
    delay: 100,
    maxDelay: 500,
    minDelay: 50,
    ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
  })
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => events.authFailed.push(reason),
    onClose: ({ event }) => events.closed.push({ code: event.code, reason: event.reason }),
  })
  provider.attach() // a provider given its own websocketProvider does not attach by itself
  if (opts.waitForSync !== false)
    await eventually(
      () => {
        if (!provider.isSynced) throw new Error('not synced')
      },
      { timeout: opts.syncTimeoutMs ?? 10_000 },
    )
  return {
    provider,
    doc,
    records: doc.getMap(RECORDS_KEY),
    events,
    acknowledged: (timeoutMs = 10_000) =>
      eventually(
        () => {
          // Say what state the provider is in: a lost acknowledgement and a socket that stays closed look alike otherwise.
          if (provider.hasUnsyncedChanges)
            throw new Error(
              `unsynced changes: ${provider.unsyncedChanges} unacknowledged, socket ${websocketProvider.status}, ` +
                `closes ${JSON.stringify(events.closed.slice(-5))}, authentication failures ${JSON.stringify(events.authFailed.slice(-5))}`,
            )
        },
        { timeout: timeoutMs },
      ),
    destroy() {
      provider.destroy()
      websocketProvider.destroy()
    },
  }
}
