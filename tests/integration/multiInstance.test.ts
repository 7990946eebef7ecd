/**
 * Multi-instance mode: two real server processes sharing PostgreSQL (DATABASE_URL) and Redis
 * (REDIS_URL), each with its own DATA_DIR. A participant on each edits the same board live; one
 * instance is SIGKILLed, its participant moves to the survivor with the same token and document, and
 * nothing the dead instance acknowledged is lost — checked on a third instance started afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { afterAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { redisAnswers } from '../helpers/redisProcess.ts'
import { findPostgres, freshSchema, type TestSchema } from '../helpers/postgres.ts'
import { newServer } from '../helpers/server.ts'
import { tcpProxy } from '../helpers/tcpProxy.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const ADMIN_TOKEN = 'multi-instance-test-admin-token'

const baseUrl = await findPostgres()
const redisUp = await redisAnswers(REDIS_URL)
if (!baseUrl || !redisUp) {
  console.warn(`\n*** ${!baseUrl ? 'PostgreSQL' : 'Redis'} does not answer: SKIPPING the multi-instance tests ***\n`)
}

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
})

async function instance(schema: TestSchema): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-multi-'))
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

async function api(url: string, pathname: string, body?: unknown) {
  const response = await fetch(url + pathname, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

describe.skipIf(!baseUrl || !redisUp)('multi-instance mode', () => {
  it('relays edits and presence live between instances and survives the loss of one', async () => {
    const schema = await freshSchema(baseUrl!)
    cleanups.push(() => schema.drop())
    const [a, b] = await Promise.all([instance(schema), instance(schema)])
    expect((await api(a.url, '/api/health')).body).toEqual({ ok: true, tldrawLicenseKey: 'missing' })

    // Metadata is shared: a room made on A is joined on B, and B's token opens the board on A.
    const { body: created } = await api(a.url, '/api/rooms', {
      title: 'Two instances',
      date: '2026-12-01',
      hostCity: 'Oslo',
      location: 'Oslo',
      admission: 'open',
    })
    const board = documentName(created.room.id, 'board')
    const onA = (
      await api(b.url, '/api/join', { invite: created.invites.participant.oslo, name: 'Astrid', city: 'oslo' })
    ).body
    const onB = (
      await api(a.url, '/api/join', { invite: created.invites.participant.stockholm, name: 'Bjørn', city: 'stockholm' })
    ).body
    const alice = await newParticipant(a.wsUrl, board, onA.token)
    const bob = await newParticipant(b.wsUrl, board, onB.token)

    alice.records.set('shape:from-a', noteRecord('from-a', 'Idea from A'))
    bob.records.set('shape:from-b', noteRecord('from-b', 'Idea from B', 100))
    await eventually(() => expect(bob.records.get('shape:from-a')).toBeDefined())
    await eventually(() => expect(alice.records.get('shape:from-b')).toBeDefined())
    expect(alice.records.size).toBe(bob.records.size) // one page, one document record: seeded once

    // Presence crosses instances too, with the identity the origin instance gave it.
    alice.provider.setAwarenessField('presence', { cursor: { x: 1, y: 2 } })
    await eventually(() => {
      const names = [...bob.provider.awareness!.getStates().values()].map((state) => state.user?.name)
      expect(names).toContain('Astrid')
    })

    // Alice keeps writing; A dies without warning in the middle of it, with edits in flight.
    let written = 0
    let acknowledged = 0
    alice.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) acknowledged = written
    })
    let writing = true
    const writer = (async () => {
      while (writing) {
        alice.records.set(`shape:a-${written}`, noteRecord(`a-${written}`, `Note ${written} from Astrid`, written, 200))
        written += 1
        await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8))
      }
    })()
    await eventually(() => expect(acknowledged).toBeGreaterThan(20), { timeout: 10_000 })
    await a.kill()
    writing = false
    await writer
    const acknowledgedBeforeKill = acknowledged
    // Offline edits stay in her document and go with it to the other instance.
    alice.records.set('shape:offline', noteRecord('offline', 'Written while disconnected'))
    alice.destroy()

    const socket = new HocuspocusProviderWebsocket({ url: b.wsUrl, delay: 100, maxDelay: 500, minDelay: 50 })
    const moved = new HocuspocusProvider({
      websocketProvider: socket,
      name: board,
      document: alice.doc,
      token: onA.token,
    })
    moved.attach()
    cleanups.push(async () => {
      moved.destroy()
      socket.destroy()
    })
    await eventually(() => expect(moved.isSynced && !moved.hasUnsyncedChanges).toBe(true), { timeout: 15_000 })
    await eventually(() => expect(bob.records.get('shape:offline')).toBeDefined())
    for (let n = 0; n < written; n++) expect(bob.records.get(`shape:a-${n}`), `a-${n} reached B`).toBeDefined()
    await bob.acknowledged()

    // Everything is in the shared database: a fresh instance, with nobody else connected, loads it all.
    moved.destroy()
    bob.destroy()
    await b.kill()
    const c = await instance(schema)
    const checker = await newParticipant(c.wsUrl, board, onB.token)
    for (let n = 0; n < written; n++) expect(checker.records.get(`shape:a-${n}`), `a-${n} stored`).toBeDefined()
    expect(checker.records.get('shape:from-b')).toBeDefined()
    expect(checker.records.get('shape:offline')).toBeDefined()
    checker.destroy()
    console.log(
      `multi-instance: ${written} notes from Astrid (${acknowledgedBeforeKill} acknowledged by A before SIGKILL), none lost`,
    )
  }, 90_000)

  it('reports degraded storage on /api/health while the database does not answer', async () => {
    const schema = await freshSchema(baseUrl!)
    cleanups.push(() => schema.drop())
    const target = new URL(schema.url)
    const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
    cleanups.push(() => proxy.close())
    target.port = String(proxy.port)
    const server = await newServer({ DATABASE_URL: target.toString(), REDIS_URL })
    cleanups.push(() => server.close())

    expect(await server.api('/api/health')).toEqual({ status: 200, body: { ok: true, tldrawLicenseKey: 'missing' } })
    proxy.freeze()
    const degraded = await server.api('/api/health')
    expect(degraded.status).toBe(503)
    expect(degraded.body).toMatchObject({ ok: false, storage: 'degraded' })
    proxy.thaw()
    await eventually(
      async () =>
        expect(await server.api('/api/health')).toEqual({
          status: 200,
          body: { ok: true, tldrawLicenseKey: 'missing' },
        }),
      { timeout: 10_000 },
    )
  })

  it('keeps the timer when it starts on one instance and is paused on another where the room is not open', async () => {
    const schema = await freshSchema(baseUrl!)
    cleanups.push(() => schema.drop())
    const [a, b] = await Promise.all([instance(schema), instance(schema)])
    const { body: created } = await api(a.url, '/api/rooms', {
      title: 'Timer across instances',
      date: '2026-12-01',
      hostCity: 'Oslo',
      location: 'Oslo',
    })
    const timerOf = created.room.id as string
    const facilitator = (
      await api(a.url, '/api/join', { invite: created.invites.facilitator, name: 'Fia', city: 'oslo' })
    ).body.token as string
    const timer = (url: string, body: unknown) =>
      fetch(`${url}/api/rooms/${timerOf}/timer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${facilitator}` },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: await response.json() }))

    const started = await timer(a.url, { action: 'start', minutes: 10 })
    expect(started.status).toBe(200)
    // B has never opened this room: the pause must start from the stored countdown, not from a zero timer.
    const paused = await timer(b.url, { action: 'pause' })
    expect(paused.status).toBe(200)
    expect(paused.body.timer.running).toBe(false)
    expect(Math.abs(paused.body.timer.remainingMs - 10 * 60_000)).toBeLessThanOrEqual(2000)
    // And A, where the room is open, sees the paused countdown too.
    const added = await timer(a.url, { action: 'add', minutes: 1 })
    expect(added.body.timer).toMatchObject({ running: false })
    expect(Math.abs(added.body.timer.remainingMs - 11 * 60_000)).toBeLessThanOrEqual(2000)
  })
})
