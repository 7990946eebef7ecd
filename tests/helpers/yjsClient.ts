/** newYjsClient(): a stock y-websocket WebsocketProvider in Node, on the server's /yjs endpoint. */
import type * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import { readAuthMessage } from 'y-protocols/auth'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { RECORDS_KEY } from '../../shared/board/schema.ts'
import type { DocumentKind } from '../../shared/protocol.ts'
import { eventually } from './retry.ts'

export interface YjsClient {
  provider: WebsocketProvider
  doc: Y.Doc
  records: Y.Map<any>
  /** Closes the server made (code and reason), and the reasons of permission-denied messages. */
  events: { closed: { code: number; reason: string }[]; denied: string[] }
  destroy(): void
}

/** `ws://host:port/yjs` for a server whose /collab URL is `collabUrl`. */
export const yjsUrl = (collabUrl: string) => collabUrl.replace(/\/collab$/, '/yjs')

export async function newYjsClient(
  url: string,
  roomId: string,
  kind: DocumentKind,
  token: string,
  opts: { waitForSync?: boolean } = {},
): Promise<YjsClient> {
  const doc = new Y.Doc()
  const events: YjsClient['events'] = { closed: [], denied: [] }
  const provider = new WebsocketProvider(url, `${roomId}/${kind}`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Several providers in one process would otherwise sync through BroadcastChannel, past the server.
    disableBc: true,
    maxBackoffTime: 500,
  })
  // y-websocket only logs a permission-denied reason; record it instead.
  provider.messageHandlers[2] = (_encoder: unknown, decoder: decoding.Decoder) =>
    readAuthMessage(decoder, doc, (_doc: unknown, reason: string) => events.denied.push(reason))
  provider.on('connection-close', (event) => {
    if (event) events.closed.push({ code: event.code, reason: event.reason })
  })
  if (opts.waitForSync !== false) {
    await eventually(
      () => {
        if (!provider.synced) throw new Error('not synced')
      },
      { timeout: 10_000 },
    )
  }
  return {
    provider,
    doc,
    records: doc.getMap(RECORDS_KEY),
    events,
    destroy() {
      provider.destroy()
    },
  }
}
