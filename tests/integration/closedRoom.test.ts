/**
 * A closed room is closed everywhere (issue 16 §5): no round opens, no vote lands, the timer stays;
 * closing closes the open round; and every instance's sockets become read-only, not only those of the
 * instance that handled the close.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'
import { startServerProcess } from '../helpers/serverProcess.ts'
import { countNotApplied } from '../helpers/syncStatus.ts'

const ctx = serverPerFile()

describe('a closed room', () => {
  it('voting in a closed room: rounds, votes and the timer answer 409 room_closed; the open round is closed with the room', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const fia = await ctx.server.join(invites.facilitator, 'Fia', 'secretariat')
    const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
    const api = (token: string, pathname: string, body?: unknown, method?: string) =>
      ctx.server.api(`/api/rooms/${room.id}${pathname}`, { token, body, method })

    const board = await ctx.connect(fia.token, documentName(room.id, 'board'))
    board.records.set('shape:a', frameRecord('a', 'Schools'))
    board.records.set('shape:b', frameRecord('b', 'Online', 700))
    await board.acknowledged()
    const svenBoard = await ctx.connect(sven.token, documentName(room.id, 'board'))
    const svenControl = await ctx.connect(sven.token, documentName(room.id, 'control'))
    const answers = countNotApplied(svenBoard)

    expect(
      (await api(fia.token, '/rounds', { targets: ['shape:a', 'shape:b'], votesPerParticipant: 2, maxPerTarget: 2 }))
        .status,
    ).toBe(201)
    expect((await api(sven.token, '/votes', { targetId: 'shape:a' })).status).toBe(201)

    const closed = await ctx.server.api(`/api/rooms/${room.id}/close`, { token: ctx.server.adminToken, body: {} })
    expect(closed.status).toBe(200)
    // Closing the room closed its round: the results are revealed to everyone.
    await eventually(() =>
      expect(svenControl.doc.getMap(CONTROL_KEY).toJSON()).toMatchObject({
        closed: true,
        voting: { round: { status: 'closed' }, results: { totals: { 'shape:a': 1, 'shape:b': 0 } } },
      }),
    )

    const refused = { status: 409, body: { error: 'room_closed', message: expect.any(String) } }
    expect(await api(sven.token, '/votes', { targetId: 'shape:b' })).toMatchObject(refused)
    expect(await api(sven.token, '/votes/shape:a', undefined, 'DELETE')).toMatchObject(refused)
    expect(
      await api(fia.token, '/rounds', { targets: ['shape:a'], votesPerParticipant: 1, maxPerTarget: 1 }),
    ).toMatchObject(refused)
    expect(await api(fia.token, '/timer', { action: 'start', minutes: 5 })).toMatchObject(refused)
    expect((await api(fia.token, '/rounds/current/close', {})).body.error).toBe('no_open_round')

    // The board is read-only: the server answers Sven's edit as not applied.
    svenBoard.records.set('shape:late', noteRecord('late', 'typed after the close'))
    await answers.refused()
    expect(
      ctx.server.collab.hocuspocus.documents.get(documentName(room.id, 'board'))!.getMap('records').has('shape:late'),
    ).toBe(false)
  })
})

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const postgres = await findPostgres()
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
})

describe.skipIf(!postgres)('closing a room with several instances', () => {
  it('makes the sockets of every instance read-only, not only those of the instance that closed it', async () => {
    const schema = await freshSchema(postgres!)
    cleanups.push(() => schema.drop())
    const adminToken = 'closed-room-test-admin-token'
    const start = async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-closed-'))
      const server = await startServerProcess({
        DATA_DIR: dataDir,
        DATABASE_URL: schema.url,
        REDIS_URL,
        CAPITAL_ADMIN_TOKEN: adminToken,
      })
      cleanups.push(async () => {
        await server.kill()
        await rm(dataDir, { recursive: true, force: true })
      })
      return server
    }
    // One after the other: two cold starts at once on a loaded machine can pass the start timeout.
    const a = await start()
    const b = await start()
    const call = async (base: string, pathname: string, body: unknown, token = adminToken) => {
      const response = await fetch(`${base}${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      return { status: response.status, body: await response.json() }
    }
    const created = await call(a.url, '/api/rooms', {
      title: 'Two instances',
      date: '2026-12-03',
      hostCity: 'Oslo',
      location: 'Oslo',
      admission: 'open',
    })
    const roomId = created.body.room.id
    const olga = (
      await call(a.url, '/api/join', { invite: created.body.invites.participant.oslo, name: 'Olga', city: 'oslo' })
    ).body

    // Olga is on instance B; the room is closed through instance A.
    const board = await newParticipant(b.wsUrl, documentName(roomId, 'board'), olga.token)
    const control = await newParticipant(b.wsUrl, documentName(roomId, 'control'), olga.token)
    cleanups.push(async () => {
      board.destroy()
      control.destroy()
    })
    board.records.set('shape:before', noteRecord('before', 'written before the close'))
    await board.acknowledged()
    const answers = countNotApplied(board)

    expect((await call(a.url, `/api/rooms/${roomId}/close`, {})).status).toBe(200)
    await eventually(() => expect(control.doc.getMap(CONTROL_KEY).get('closed')).toBe(true), { timeout: 10_000 })

    board.records.set('shape:after', noteRecord('after', 'typed after the close'))
    await answers.refused()
    // Nothing of it reached the stored board: a fresh reader on instance A sees only the note from before.
    const reader = await newParticipant(a.wsUrl, documentName(roomId, 'board'), olga.token)
    cleanups.push(async () => reader.destroy())
    expect(reader.records.has('shape:before')).toBe(true)
    expect(reader.records.has('shape:after')).toBe(false)
  })
})
