/**
 * Retention: every room has `deleteAfter` (default: close date + RETENTION_DAYS), changeable by the
 * secretariat; a purge (now, or by the sweep at start and hourly) deletes the board and control
 * documents, snapshots, participants, invites and ballots, keeps the approved entries and the next
 * steps without author fields, and leaves no text of the room's unapproved ideas in DATA_DIR.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.ts'
import { startServer } from '../../server/start.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile({ RETENTION_DAYS: '30' })
const api = (token: string | undefined, pathname: string, body?: unknown, method?: string) =>
  ctx.server.api(pathname, { token, body, method })

/** The files under `dir` whose bytes contain `text`. */
async function filesHolding(dir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text)
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const found: string[] = []
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name)
    if ((await readFile(file)).includes(needle)) found.push(path.relative(dir, file))
  }
  return found
}

const UNAPPROVED = 'Unapproved idea: a registry of worried families'
const REJECTED = 'Rejected idea: cameras in every classroom'

describe('retention', () => {
  it('gives every room a deleteAfter, close date + RETENTION_DAYS unless the secretariat set one', async () => {
    const admin = ctx.server.adminToken
    const { room } = await ctx.server.createRoom({ date: '2027-03-10' })
    const { body } = await api(admin, `/api/rooms/${room.id}`)
    expect(body.room.deleteAfter).toBe('2027-04-09')

    const changed = await api(admin, `/api/rooms/${room.id}`, { deleteAfter: '2028-01-31' }, 'PATCH')
    expect(changed.status).toBe(200)
    expect(changed.body.room.deleteAfter).toBe('2028-01-31')
    expect((await api(admin, '/api/rooms')).body.rooms.find((r: { id: string }) => r.id === room.id).deleteAfter).toBe(
      '2028-01-31',
    )
    expect((await api(admin, `/api/rooms/${room.id}`, { deleteAfter: 'soon' }, 'PATCH')).status).toBe(400)
    expect((await api(admin, `/api/rooms/${room.id}`, { deleteAfter: '2028-01-31', title: 'x' }, 'PATCH')).status).toBe(
      400,
    )
    expect((await api(undefined, `/api/rooms/${room.id}`, { deleteAfter: '2028-01-31' }, 'PATCH')).status).toBe(401)

    const other = await ctx.server.createRoom({ date: '2027-03-10' })
    await api(admin, `/api/rooms/${other.room.id}/close`, {})
    const closedToday = new Date().toISOString().slice(0, 10)
    const expected = new Date(`${closedToday}T00:00:00Z`)
    expected.setUTCDate(expected.getUTCDate() + 30)
    expect((await api(admin, `/api/rooms/${other.room.id}`)).body.room.deleteAfter).toBe(
      expected.toISOString().slice(0, 10),
    )
  })

  it('purges a room on confirmation: documents, snapshots, participants and invites go; approved entries and next steps stay without authors', async () => {
    const admin = ctx.server.adminToken
    const { room, invites } = await ctx.server.createRoom()
    const fia = await ctx.server.join(invites.facilitator, 'Fia Purgeson', 'oslo')
    const sven = await ctx.server.join(invites.participant, 'Sven Purgeson', 'stockholm')
    const board = await ctx.connect(sven.token, documentName(room.id, 'board'))
    const named = { authorId: sven.participant.id, authorName: 'Sven Purgeson', city: 'stockholm' }
    board.records.set('shape:kept', frameRecord('kept', 'Support for families', 0, 0, 800, 500))
    board.records.set('shape:a', {
      ...noteRecord('a', 'Approved idea: a helpline for parents', 20, 40, { kind: 'solution', ...named }),
      parentId: 'shape:kept',
    })
    board.records.set('shape:dropped', frameRecord('dropped', 'Dropped cluster', 0, 2000, 800, 500))
    board.records.set('shape:r', {
      ...noteRecord('r', REJECTED, 20, 40, { kind: 'solution', ...named }),
      parentId: 'shape:dropped',
    })
    board.records.set(
      'shape:step',
      noteRecord('step', 'Next step: map parent support', 0, 900, {
        kind: 'next-step',
        ...named,
        ownerCity: 'stockholm',
      }),
    )
    await board.acknowledged()
    const snapshot = await api(fia.token, `/api/rooms/${room.id}/snapshots`, { name: 'Before' })
    const distilled = await api(admin, `/api/snapshots/${snapshot.body.id}/distill`, {})
    const byCluster = (id: string) =>
      distilled.body.entries.find((e: { provenance: { clusterId: string } }) => e.provenance.clusterId === id)
    await api(admin, `/api/entries/${byCluster('shape:kept').id}`, { action: 'approve' }, 'PATCH')
    await api(admin, `/api/entries/${byCluster('shape:dropped').id}`, { action: 'reject' }, 'PATCH')
    await api(sven.token, `/api/next-steps/${distilled.body.nextSteps[0].id}`, { action: 'sign-off' }, 'PATCH')
    // An idea written after the last snapshot, never distilled.
    board.records.set('shape:u', noteRecord('u', UNAPPROVED, 0, 1400, { kind: 'challenge', ...named }))
    await board.acknowledged()
    await api(admin, `/api/rooms/${room.id}/close`, {})
    expect(await filesHolding(ctx.server.dataDir, UNAPPROVED)).not.toEqual([])

    expect((await api(admin, `/api/rooms/${room.id}/purge`, {})).status).toBe(400)
    expect((await api(admin, `/api/rooms/${room.id}/purge`, { confirm: 'another-room' })).status).toBe(400)
    expect((await api(fia.token, `/api/rooms/${room.id}/purge`, { confirm: room.id })).status).toBe(403)
    const purged = await api(admin, `/api/rooms/${room.id}/purge`, { confirm: room.id })
    expect(purged.status).toBe(200)
    expect(purged.body.room).toMatchObject({
      id: room.id,
      status: 'purged',
      purgedAt: expect.any(String),
      invites: { facilitator: null, observer: null, secretariat: null, participant: {} },
    })
    expect(purged.body.purge).toMatchObject({
      snapshots: 2,
      participants: 2,
      entriesKept: 1,
      entriesDeleted: 1,
      nextStepsKept: 1,
    })

    // The room still answers; nothing else of it opens.
    expect((await api(admin, `/api/rooms/${room.id}`)).body.room).toMatchObject({
      status: 'purged',
      purgedAt: purged.body.room.purgedAt,
    })
    expect((await api(admin, `/api/snapshots/${snapshot.body.id}`)).status).toBe(404)
    expect((await api(sven.token, '/api/session')).status).toBe(401)
    expect(
      (await api(admin, '/api/join', { invite: invites.participant.oslo, name: 'Late', city: 'oslo' })).status,
    ).toBe(404)
    expect((await api(admin, `/api/rooms/${room.id}/invites/participant`, {})).status).toBe(409)
    for (const kind of ['board', 'control'] as const) {
      const late = await newParticipant(ctx.server.wsUrl, documentName(room.id, kind), fia.token, {
        waitForSync: false,
      })
      try {
        await eventually(() => expect(late.events.authFailed.length).toBeGreaterThan(0))
      } finally {
        late.destroy()
      }
    }
    expect((await readdir(path.join(ctx.server.dataDir, 'docs'))).filter((name) => name.startsWith(room.id))).toEqual(
      [],
    )

    const { body } = await api(admin, `/api/rooms/${room.id}/entries`)
    expect(body.entries).toHaveLength(1)
    expect(body.entries[0]).toMatchObject({
      status: 'approved',
      texts: ['Approved idea: a helpline for parents'],
      reviewed: { by: 'erased' },
    })
    const { body: steps } = await api(admin, '/api/cities/stockholm/next-steps')
    const step = steps.nextSteps.find((s: { roomId: string }) => s.roomId === room.id)
    expect(step).toMatchObject({ text: 'Next step: map parent support', signedOffBy: { id: 'erased', name: 'erased' } })
    for (const text of [JSON.stringify(body), JSON.stringify(step)]) {
      for (const person of [fia.participant, sven.participant]) {
        expect(text).not.toContain(person.id)
        expect(text).not.toContain(person.name)
      }
    }

    // Nothing of the room's unapproved ideas, nor its people, stays in DATA_DIR.
    for (const text of [UNAPPROVED, REJECTED, 'Sven Purgeson', 'Fia Purgeson'])
      expect(await filesHolding(ctx.server.dataDir, text)).toEqual([])
    const trail = await api(admin, `/api/audit?roomId=${room.id}`)
    expect(trail.body.events.filter((e: { action: string }) => e.action === 'room.purge')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: 'secretariat' }), roomId: room.id }),
    ])
    // Purging again changes nothing and still answers.
    expect((await api(admin, `/api/rooms/${room.id}/purge`, { confirm: room.id })).status).toBe(200)
  })

  it('sweeps at start: a room whose deleteAfter has passed is purged', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-retention-'))
    const config = readConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      RETENTION_DAYS: '10',
    })
    try {
      let server = await startServer(config)
      const call = async (pathname: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
        const response = await fetch(`${server.url}${pathname}`, {
          method,
          headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: response.status, body: await response.json() }
      }
      const room = { title: 'Old room', hostCity: 'Oslo', location: 'Oslo' }
      const old = (await call('/api/rooms', { ...room, date: '2020-01-01' })).body.room
      const expired = (await call('/api/rooms', { ...room, date: '2027-01-01' })).body.room
      const kept = (await call('/api/rooms', { ...room, date: '2027-01-01' })).body.room
      await call(`/api/rooms/${expired.id}`, { deleteAfter: '2021-01-01' }, 'PATCH')
      await server.close()

      server = await startServer(config)
      try {
        await eventually(async () => {
          expect((await call(`/api/rooms/${old.id}`)).body.room.status).toBe('purged')
          expect((await call(`/api/rooms/${expired.id}`)).body.room.status).toBe('purged')
        })
        expect((await call(`/api/rooms/${kept.id}`)).body.room.status).toBe('planned')
        await eventually(async () => {
          const purges = (await call('/api/audit')).body.events.filter(
            (e: { action: string }) => e.action === 'room.purge',
          )
          expect(purges.map((e: { roomId: string; actor: { id: string } }) => [e.roomId, e.actor.id]).sort()).toEqual(
            [
              [old.id, 'retention-sweep'],
              [expired.id, 'retention-sweep'],
            ].sort(),
          )
        })
      } finally {
        await server.close()
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
