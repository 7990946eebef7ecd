/**
 * Secret ballots that stay secret (issue 13 §2): a city's own count is revealed only when at least
 * MIN_GROUP_SIZE (default 3) of its people voted; smaller cities are pooled under `other`, which is
 * left out too when fewer than MIN_GROUP_SIZE people are in it. Closing a round deletes the ballots,
 * in both storage modes, and keeps only the aggregate.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const postgres = await findPostgres()
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
})

/** Two cities with three voters each and one with a single voter; every voter puts a dot on each target. */
async function voteAndClose(server: TestServer) {
  const { room, invites } = await server.createRoom()
  const fia = await server.join(invites.facilitator, 'Fia', 'secretariat')
  const voters = []
  for (const [name, city] of [
    ['Ola', 'oslo'],
    ['Kari', 'oslo'],
    ['Nils', 'oslo'],
    ['Aino', 'helsinki'],
    ['Eero', 'helsinki'],
    ['Liisa', 'helsinki'],
    ['Sven', 'stockholm'],
  ]) {
    voters.push(await server.join(invites.participant, name, city))
  }
  const opened: Participant[] = []
  cleanups.push(async () => {
    for (const p of opened) p.destroy()
  })
  const board = await newParticipant(server.wsUrl, documentName(room.id, 'board'), fia.token)
  const control = await newParticipant(server.wsUrl, documentName(room.id, 'control'), voters[6].token)
  opened.push(board, control)
  board.records.set('shape:a', frameRecord('a', 'Schools'))
  board.records.set('shape:a-idea', noteRecord('a-idea', 'Mentors in every school', 50, 50))
  board.records.set('shape:b', frameRecord('b', 'Online', 700))
  board.records.set('shape:b-idea', noteRecord('b-idea', 'Moderators who speak the language', 750, 50))
  await board.acknowledged()

  const api = (token: string, pathname: string, body?: unknown) =>
    server.api(`/api/rooms/${room.id}${pathname}`, { token, body })
  expect(
    (await api(fia.token, '/rounds', { targets: ['shape:a', 'shape:b'], votesPerParticipant: 2, maxPerTarget: 1 }))
      .status,
  ).toBe(201)
  for (const voter of voters) {
    expect((await api(voter.token, '/votes', { targetId: 'shape:a' })).status).toBe(201)
    expect((await api(voter.token, '/votes', { targetId: 'shape:b' })).status).toBe(201)
  }
  const roundId = (await api(fia.token, '/votes/mine')).body.round.id
  const closed = await api(fia.token, '/rounds/current/close', {})
  expect(closed.status).toBe(200)
  return { room, fia, voters, control, roundId, results: closed.body.results, api }
}

const largeCitiesOnly = { 'shape:a': { oslo: 3, helsinki: 3 }, 'shape:b': { oslo: 3, helsinki: 3 } }

async function expectOnlyLargeCities(server: TestServer, run: Awaited<ReturnType<typeof voteAndClose>>) {
  // The REST answer, and the control document everyone reads.
  expect(run.results.byCity).toEqual(largeCitiesOnly)
  expect(run.results.totals).toEqual({ 'shape:a': 7, 'shape:b': 7 })
  await eventually(() =>
    expect(run.control.doc.getMap(CONTROL_KEY).get('voting')).toMatchObject({ results: { byCity: largeCitiesOnly } }),
  )
  // A snapshot, and what distillation makes of it.
  const snapshot = await server.api(`/api/rooms/${run.room.id}/snapshots`, {
    token: run.fia.token,
    body: { name: 'After the vote' },
  })
  expect(snapshot.status).toBe(201)
  expect(
    (await server.api(`/api/snapshots/${snapshot.body.id}`, { token: run.fia.token })).body.results.map(
      (r: any) => r.byCity,
    ),
  ).toEqual([largeCitiesOnly])
  const distilled = await server.api(`/api/snapshots/${snapshot.body.id}/distill`, { token: run.fia.token, body: {} })
  expect(distilled.body.entries.map((e: any) => e.votes.byCity)).toEqual([
    { helsinki: 3, oslo: 3 },
    { helsinki: 3, oslo: 3 },
  ])
  // Each participant's own dots of the closed round are gone.
  for (const voter of run.voters)
    expect((await run.api(voter.token, '/votes/mine')).body).toEqual({ round: null, mine: {}, remaining: 0 })
}

describe('secret ballots', () => {
  it('embedded: reveals only cities with at least MIN_GROUP_SIZE voters, leaves out a pool that is too small, and keeps no ballot after close', async () => {
    const server = await newServer()
    cleanups.push(() => server.close())
    const run = await voteAndClose(server)
    await expectOnlyLargeCities(server, run)
    const stored = JSON.parse(await readFile(path.join(server.dataDir, 'voting.json'), 'utf8'))
    expect(stored.votes).toEqual([])
    const text = JSON.stringify(stored)
    for (const voter of run.voters) expect(text).not.toContain(voter.participant.id)
  })

  it('pools small cities under `other` once the pool has MIN_GROUP_SIZE voters', async () => {
    const server = await newServer({ MIN_GROUP_SIZE: '4' })
    cleanups.push(() => server.close())
    const run = await voteAndClose(server)
    // No city has four voters; the seven together do.
    expect(run.results.byCity).toEqual({ 'shape:a': { other: 7 }, 'shape:b': { other: 7 } })
  })

  it.skipIf(!postgres)(
    'PostgreSQL: the same results, and no ballot of any participant remains in the database',
    async () => {
      const schema = await freshSchema(postgres!)
      cleanups.push(() => schema.drop())
      const server = await newServer({ DATABASE_URL: schema.url })
      cleanups.push(() => server.close())
      const run = await voteAndClose(server)
      await expectOnlyLargeCities(server, run)
      const client = new pg.Client({ connectionString: schema.url })
      await client.connect()
      cleanups.push(() => client.end())
      expect((await client.query('SELECT count(*)::int AS n FROM votes')).rows[0].n).toBe(0)
      const rounds = JSON.stringify((await client.query('SELECT data FROM voting_rounds')).rows)
      for (const voter of run.voters) expect(rounds).not.toContain(voter.participant.id)
    },
  )
})
