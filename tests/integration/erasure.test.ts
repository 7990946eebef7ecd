/**
 * Erasure and access (GDPR Art. 15 and 17): a participant who wrote named ideas, edited a case card,
 * appears in two snapshots, an approved entry and a signed-off next step is erased; afterwards their
 * name is nowhere — the live board as a fresh provider sees it, the snapshots, entries, next steps,
 * the publication (Markdown, HTML, PDF text), DATA_DIR on disk — their token is refused on REST and
 * on the WebSocket, and the vote totals are what they were.
 */
import { execFileSync } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { boardSchema } from '../../shared/board/schema.ts'
import { documentName } from '../../shared/protocol.ts'
import { caseCardRecord } from '../fixtures/boards.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { newParticipant } from '../helpers/participant.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const api = (token: string | undefined, pathname: string, body?: unknown, method?: string) =>
  ctx.server.api(pathname, { token, body, method })

const NAME = 'Zelda Erasmussen'

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

/** The files under `dir` whose bytes contain `text`. */
async function filesHolding(dir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text)
  const found: string[] = []
  for (const file of await filesUnder(dir))
    if ((await readFile(file)).includes(needle)) found.push(path.relative(dir, file))
  return found
}

function pdfText(pdf: Buffer): string {
  const file = path.join(tmpdir(), `erasure-${process.pid}-${Date.now()}.pdf`)
  return writeFile(file, pdf).then(() =>
    execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
  ) as unknown as string
}

async function download(pathname: string): Promise<Buffer> {
  const response = await fetch(`${ctx.server.url}${pathname}`, {
    headers: { authorization: `Bearer ${ctx.server.adminToken}` },
  })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

/** A room where Zelda (Stockholm) wrote named ideas, edited a case card, voted, and signed off a next step. */
async function roomWithZelda(NAME: string) {
  const admin = ctx.server.adminToken
  const { room, invites } = await ctx.server.createRoom()
  const fia = await ctx.server.join(invites.facilitator, 'Fia Facilitator', 'oslo')
  const zelda = await ctx.server.join(invites.participant, NAME, 'stockholm')
  const olga = await ctx.server.join(invites.participant, 'Olga', 'oslo')
  const zid = zelda.participant.id

  const facilitator = await ctx.connect(fia.token, documentName(room.id, 'board'))
  facilitator.records.set('shape:families', frameRecord('families', 'Support for families', 0, 0, 800, 500))
  facilitator.records.set('shape:card', caseCardRecord('card', 'stockholm', 'Stockholm school programme', 0, 900))
  await facilitator.acknowledged()

  const board = await ctx.connect(zelda.token, documentName(room.id, 'board'))
  const named = { authorId: zid, authorName: NAME, city: 'stockholm' }
  board.records.set('shape:z1', {
    ...noteRecord('z1', 'Parents need a helpline', 20, 40, { kind: 'solution', ...named }),
    parentId: 'shape:families',
  })
  board.records.set('shape:z2', {
    ...noteRecord('z2', 'Teachers see it first', 240, 40, { kind: 'challenge', ...named }),
    parentId: 'shape:families',
  })
  board.records.set('shape:zstep', {
    ...noteRecord('zstep', 'Map parent support in Stockholm', 0, 700, {
      kind: 'next-step',
      ...named,
      ownerCity: 'stockholm',
    }),
  })
  const own = noteRecord('z3', 'Edited by me last', 0, 1500, { kind: 'solution', ...named })
  board.records.set('shape:z3', { ...own, props: { ...own.props, textLastEditedBy: `user:${zid}` } })
  board.records.set(`user:${zid}`, boardSchema.types.user.create({ id: `user:${zid}` as never, name: NAME }))
  const card = board.records.get('shape:card')
  board.records.set('shape:card', { ...card, props: { ...card.props, lessons: 'Start early' } })
  await board.acknowledged()
  board.provider.setAwarenessField('presence', { note: 'here' })

  // Voting: Zelda and Olga place dots; the totals are revealed at close.
  const roomApi = (token: string, sub: string, body?: unknown, method?: string) =>
    api(token, `/api/rooms/${room.id}${sub}`, body, method)
  expect(
    (
      await roomApi(fia.token, '/rounds', {
        targets: ['shape:families', 'shape:zstep'],
        votesPerParticipant: 2,
        maxPerTarget: 2,
      })
    ).status,
  ).toBe(201)
  await roomApi(zelda.token, '/votes', { targetId: 'shape:families' })
  await roomApi(zelda.token, '/votes', { targetId: 'shape:zstep' })
  await roomApi(olga.token, '/votes', { targetId: 'shape:families' })
  const closed = await roomApi(fia.token, '/rounds/current/close', {})
  expect(closed.body.results.totals).toEqual({ 'shape:families': 2, 'shape:zstep': 1 })

  // Two snapshots, one taken by Fia, one by Zelda's fellow facilitator... and one distilled.
  const first = await roomApi(fia.token, '/snapshots', { name: 'Ideas' })
  const second = await roomApi(fia.token, '/snapshots', { name: 'Voted' })
  expect(second.status).toBe(201)
  const distilled = await api(admin, `/api/snapshots/${second.body.id}/distill`, {})
  const entry = distilled.body.entries.find(
    (e: { provenance: { clusterId: string } }) => e.provenance.clusterId === 'shape:families',
  )
  expect((await api(admin, `/api/entries/${entry.id}`, { action: 'approve' }, 'PATCH')).status).toBe(200)
  const step = distilled.body.nextSteps[0]
  expect(
    (await api(zelda.token, `/api/next-steps/${step.id}`, { action: 'note', text: 'Started the survey' }, 'PATCH'))
      .status,
  ).toBe(200)
  expect((await api(zelda.token, `/api/next-steps/${step.id}`, { action: 'sign-off' }, 'PATCH')).status).toBe(200)

  return {
    roomId: room.id,
    fia,
    zelda,
    olga,
    board,
    facilitator,
    snapshots: [first.body.id, second.body.id],
    entryId: entry.id,
    stepId: step.id,
    totals: closed.body.results.totals,
  }
}

describe('erasure and access', () => {
  it('lists participants and exports one person’s data, for the secretariat only', async () => {
    const NAME = 'Xavier Exportson'
    const { roomId, zelda, olga } = await roomWithZelda(NAME)
    const zid = zelda.participant.id
    const list = await api(ctx.server.adminToken, `/api/rooms/${roomId}/participants`)
    expect(list.status).toBe(200)
    expect(list.body.participants.map((p: { name: string }) => p.name)).toEqual(['Fia Facilitator', NAME, 'Olga'])
    expect((await api(olga.token, `/api/rooms/${roomId}/participants`)).status).toBe(403)
    expect((await api(undefined, `/api/rooms/${roomId}/participants`)).status).toBe(401)

    const exported = await api(ctx.server.adminToken, `/api/rooms/${roomId}/participants/${zid}/export`)
    expect(exported.status).toBe(200)
    expect(exported.body.profile).toMatchObject({ id: zid, name: NAME, city: 'stockholm', role: 'participant' })
    expect(exported.body.ideas.map((i: { text: string }) => i.text).sort()).toEqual([
      'Edited by me last',
      'Map parent support in Stockholm',
      'Parents need a helpline',
      'Teachers see it first',
    ])
    expect(exported.body.nextStepNotes).toEqual([expect.objectContaining({ text: 'Started the survey' })])
    expect(exported.body.signOffs).toHaveLength(1)
    expect(exported.body.joins).toEqual([expect.objectContaining({ roomId, role: 'participant', city: 'stockholm' })])
    expect((await api(olga.token, `/api/rooms/${roomId}/participants/${zid}/export`)).status).toBe(403)
    expect((await api(ctx.server.adminToken, `/api/rooms/${roomId}/participants/nobody/export`)).status).toBe(404)
    const trail = await api(ctx.server.adminToken, `/api/audit?roomId=${roomId}`)
    expect(trail.body.events.filter((e: { action: string }) => e.action === 'participant.export')).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: 'secretariat' }), target: zid, targetName: NAME }),
    ])
  })

  it('erases a person from the live board, snapshots, entries, next steps, the publication and DATA_DIR', async () => {
    const { roomId, fia, zelda, facilitator, snapshots, entryId, stepId, totals } = await roomWithZelda(NAME)
    const zid = zelda.participant.id
    const admin = ctx.server.adminToken
    const erase = (body: unknown) => api(admin, `/api/rooms/${roomId}/participants/${zid}/erase`, body)

    expect((await erase({})).status).toBe(400)
    expect((await erase({ confirm: 'someone-else' })).status).toBe(400)
    expect((await api(fia.token, `/api/rooms/${roomId}/participants/${zid}/erase`, { confirm: zid })).status).toBe(403)
    // Refused confirmations changed nothing.
    expect((await api(zelda.token, '/api/session')).status).toBe(200)

    const erased = await erase({ confirm: zid })
    expect(erased.status).toBe(200)
    expect(erased.body).toEqual({
      participantId: zid,
      ideas: 4,
      caseCards: 0,
      userRecords: 1,
      connections: 1,
      control: 0,
      snapshots: 2,
      entries: 0,
      nextSteps: 1,
      participants: 1,
    })

    // A client connected all along sees the change live; a fresh provider sees the same board.
    await eventually(() => expect(JSON.stringify(facilitator.records.toJSON())).not.toContain(NAME))
    const fresh = await ctx.connect(fia.token, documentName(roomId, 'board'))
    const records = fresh.records.toJSON()
    expect(JSON.stringify(records)).not.toContain(NAME)
    expect(JSON.stringify(records)).not.toContain(zid)
    expect(records['shape:z1'].meta).toEqual({
      kind: 'solution',
      authorId: null,
      authorName: null,
      city: 'stockholm',
      ownerCity: null,
    })
    expect(records['shape:z3'].props.textLastEditedBy).toBeNull()
    expect(records['shape:card'].props.lessons).toBe('Start early')
    const presence = [...fresh.provider.awareness!.getStates().values()].map((state) => state.user?.id)
    expect(presence).not.toContain(zid)

    for (const id of snapshots) {
      const { body } = await api(admin, `/api/snapshots/${id}`)
      expect(JSON.stringify(body)).not.toContain(NAME)
      expect(JSON.stringify(body)).not.toContain(zid)
      expect(body.redactions).toEqual([{ at: expect.any(String), reason: 'erasure' }])
      // The votes stay as cast.
      expect(body.results.at(-1)?.totals ?? totals).toEqual(totals)
    }

    const { body: entries } = await api(admin, `/api/rooms/${roomId}/entries`)
    expect(JSON.stringify(entries)).not.toContain(NAME)
    expect(entries.entries.find((e: { id: string }) => e.id === entryId)).toMatchObject({
      status: 'approved',
      votes: { total: 2 },
    })
    const { body: steps } = await api(admin, '/api/cities/stockholm/next-steps')
    expect(JSON.stringify(steps)).not.toContain(NAME)
    expect(JSON.stringify(steps)).not.toContain(zid)
    expect(steps.nextSteps.find((s: { id: string }) => s.id === stepId)).toMatchObject({
      signedOffBy: { id: 'erased', name: 'erased' },
      progressNotes: [{ by: 'erased', text: 'Started the survey' }],
    })

    const markdown = (await download(`/api/publication?rooms=${roomId}&format=md`)).toString()
    expect(markdown).toContain('Map parent support in Stockholm')
    expect(markdown).not.toContain(NAME)
    expect((await download(`/api/publication?rooms=${roomId}&format=html`)).toString()).not.toContain(NAME)
    const pdf = await pdfText(await download(`/api/publication?rooms=${roomId}&format=pdf`))
    expect(pdf).toContain('Map parent support')
    expect(pdf).not.toContain('Zelda')

    // The audit trail keeps the fact of the erasure, by id; read now, it shows no name for them.
    const trail = await api(admin, `/api/audit?roomId=${roomId}`)
    expect(JSON.stringify(trail.body)).not.toContain(NAME)
    const erasures = trail.body.events.filter((e: { action: string }) => e.action === 'participant.erase')
    expect(erasures).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: 'secretariat', role: 'secretariat' }),
        roomId,
        target: zid,
        targetName: zid,
      }),
    ])
    expect(
      trail.body.events.filter((e: { target?: string }) => e.target === zid).map((e: { action: string }) => e.action),
    ).toEqual(['participant.erase'])
    // Erasure never rewrote the log: its hash chain is intact (npm run audit:verify exits 0).
    execFileSync(process.execPath, ['--experimental-strip-types', 'scripts/auditVerify.ts'], {
      env: { PATH: process.env.PATH, DATA_DIR: ctx.server.dataDir },
      stdio: 'pipe',
    })

    // Their token is refused on REST and on the WebSocket.
    expect((await api(zelda.token, '/api/session')).status).toBe(401)
    expect((await api(zelda.token, `/api/rooms/${roomId}/votes/mine`)).status).toBe(401)
    const again = await newParticipant(ctx.server.wsUrl, documentName(roomId, 'board'), zelda.token, {
      waitForSync: false,
    })
    try {
      await eventually(() => expect(again.events.authFailed.length).toBeGreaterThan(0))
    } finally {
      again.destroy()
    }

    // On disk: no file holds their name. (Their random id stays as the key of the deleted `user:` record's
    // tombstone in the board's CRDT structure; no value names them and no record maps it to them any more.)
    expect(await filesHolding(ctx.server.dataDir, NAME)).toEqual([])
  })
})
