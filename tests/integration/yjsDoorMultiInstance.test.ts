/**
 * The y-websocket door in multi-instance mode: server processes sharing PostgreSQL and Redis. A
 * WebsocketProvider on instance A and a HocuspocusProvider on instance B edit one board; A is
 * SIGKILLed, and the board, everything written through A included, is still there: on B, and stored
 * (a fresh instance started afterwards loads it).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { findPostgres, freshSchema, type TestSchema } from '../helpers/postgres.ts'
import { noteRecord } from '../helpers/records.ts'
import { redisAnswers } from '../helpers/redisProcess.ts'
import { eventually } from '../helpers/retry.ts'
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess.ts'
import { newYjsClient, yjsUrl, type YjsClient } from '../helpers/yjsClient.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const ADMIN_TOKEN = 'yjs-door-multi-instance-admin-token'

const baseUrl = await findPostgres()
const redisUp = await redisAnswers(Number(new URL(REDIS_URL).port || 6379))
if (!baseUrl || !redisUp) {
  console.warn(
    `\n*** ${!baseUrl ? 'PostgreSQL' : 'Redis'} does not answer: SKIPPING the y-websocket multi-instance test ***\n`,
  )
}

const cleanups: (() => unknown)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {})
})

async function instance(schema: TestSchema): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-yjs-multi-'))
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    DATABASE_URL: schema.url,
    REDIS_URL,
    CAPITAL_ADMIN_TOKEN: ADMIN_TOKEN,
  })
  cleanups.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) await server.kill()
    await rm(dataDir, { recursive: true, force: true })
  })
  return server
}

async function api(url: string, pathname: string, body: unknown) {
  const response = await fetch(url + pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  })
  return response.json()
}

function track<T extends YjsClient | Participant>(client: T): T {
  cleanups.push(() => client.destroy())
  return client
}

describe.skipIf(!baseUrl || !redisUp)('the y-websocket door across instances', () => {
  it('relays between a y-websocket client on A and a Hocuspocus client on B, and the board survives SIGKILL of A', async () => {
    const schema = await freshSchema(baseUrl!)
    cleanups.push(() => schema.drop())
    const [a, b] = await Promise.all([instance(schema), instance(schema)])
    const created = await api(a.url, '/api/rooms', {
      title: 'Two doors',
      date: '2026-12-02',
      hostCity: 'Oslo',
      location: 'Oslo',
      admission: 'open',
    })
    const roomId: string = created.room.id
    const yrsa = await api(a.url, '/api/join', { invite: created.invites.participant.oslo, name: 'Yrsa', city: 'oslo' })
    const hugo = await api(b.url, '/api/join', {
      invite: created.invites.participant.stockholm,
      name: 'Hugo',
      city: 'stockholm',
    })

    const y = track(await newYjsClient(yjsUrl(a.wsUrl), roomId, 'board', yrsa.token))
    const h = track(await newParticipant(b.wsUrl, documentName(roomId, 'board'), hugo.token))
    y.records.set('shape:from-a', noteRecord('from-a', 'Written through y-websocket on A'))
    h.records.set('shape:from-b', noteRecord('from-b', 'Written through Hocuspocus on B', 300))
    await eventually(() => expect(h.records.get('shape:from-a')).toBeDefined())
    await eventually(() => expect(y.records.get('shape:from-b')).toBeDefined())
    y.provider.awareness.setLocalStateField('marker', 'on A')
    await eventually(() => expect(h.provider.awareness!.getStates().get(y.doc.clientID)?.user?.name).toBe('Yrsa'))

    for (let n = 0; n < 20; n++) y.records.set(`shape:y-${n}`, noteRecord(`y-${n}`, `Note ${n} from Yrsa`, n * 10, 500))
    await eventually(() => expect(h.records.get('shape:y-19')).toBeDefined())
    await a.kill()

    // Yrsa's document moves to B (a stock provider, same doc) with what she wrote while A was gone.
    y.provider.destroy()
    y.records.set('shape:offline', noteRecord('offline', 'Written while A was gone'))
    const moved = new WebsocketProvider(yjsUrl(b.wsUrl), `${roomId}/board`, y.doc, {
      params: { token: yrsa.token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    cleanups.push(() => moved.destroy())
    await eventually(() => expect(h.records.get('shape:offline')).toBeDefined(), { timeout: 10_000 })
    for (let n = 0; n < 20; n++) expect(h.records.get(`shape:y-${n}`), `y-${n} on B`).toBeDefined()

    // Hugo's acknowledged write comes after everything he has seen, in B's one journal: all of it is stored.
    h.records.set('shape:last', noteRecord('last', 'Acknowledged last'))
    await h.acknowledged()
    moved.destroy()
    h.destroy()
    await b.kill()
    const c = await instance(schema)
    const checker = track(await newYjsClient(yjsUrl(c.wsUrl), roomId, 'board', hugo.token))
    for (const id of ['from-a', 'from-b', 'offline', 'last', ...Array.from({ length: 20 }, (_, n) => `y-${n}`)]) {
      expect(checker.records.get(`shape:${id}`), `${id} stored`).toBeDefined()
    }
  }, 90_000)
})
