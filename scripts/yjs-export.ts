/**
 * Prints a board's ideas as JSON, read through the y-websocket endpoint with a stock WebsocketProvider:
 *
 *   node --experimental-strip-types scripts/yjs-export.ts --url ws://host/yjs --room <roomId> --token <token>
 *
 * stdout: { "ideas": [{ "id", "kind", "text", "city", "ownerCity", "cluster" }] }, where `cluster` is
 * the title of the frame the idea is in, or null. Exits 0; 1 with a message on stderr when the server
 * refuses (the permission-denied reason or the close code) or does not answer within 30 s.
 */
import { parseArgs } from 'node:util'
import type { TLRecord } from '@tldraw/tlschema'
import * as authProtocol from 'y-protocols/auth'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { RECORDS_KEY } from '../shared/board/schema.ts'
import { readBoard } from '../shared/board/clusters.ts'

const { values } = parseArgs({
  options: { url: { type: 'string' }, room: { type: 'string' }, token: { type: 'string' } },
})
if (!values.url || !values.room || !values.token) {
  console.error(
    'usage: node --experimental-strip-types scripts/yjs-export.ts --url ws://host/yjs --room <roomId> --token <token>',
  )
  process.exit(2)
}

const doc = new Y.Doc()
const provider = new WebsocketProvider(values.url, `${values.room}/board`, doc, {
  params: { token: values.token },
  WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  disableBc: true,
})

function fail(message: string): never {
  console.error(`yjs-export: ${message}`)
  process.exit(1)
}

provider.messageHandlers[2] = (_encoder, decoder) =>
  authProtocol.readAuthMessage(decoder, doc, (_doc: unknown, reason: string) => fail(`permission denied: ${reason}`))
provider.on('closed', ({ code, reason }) => fail(`the server closed the connection: ${code} ${reason}`))
const timer = setTimeout(() => fail(`no answer from ${values.url} within 30 s`), 30_000)

provider.on('sync', (synced) => {
  if (!synced) return
  clearTimeout(timer)
  const { ideas, clusters } = readBoard(doc.getMap<TLRecord>(RECORDS_KEY).values())
  const titles = new Map(clusters.map((cluster) => [cluster.id, cluster.title]))
  const output = {
    ideas: ideas.map((idea) => ({
      id: idea.id,
      kind: idea.kind,
      text: idea.text,
      city: idea.city,
      ownerCity: idea.ownerCity,
      cluster: idea.clusterId === null ? null : (titles.get(idea.clusterId) ?? null),
    })),
  }
  provider.destroy()
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`, () => process.exit(0))
})
