/**
 * After the room: snapshots (manual, at phase change, on close), immutability, distillation through
 * the API, roles on every endpoint, and cities updating their own next steps only.
 */
import { describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()

const connect = ctx.connect.bind(ctx)

/** A room with a facilitator (secretariat), a Stockholm and an Oslo participant, an observer, and a small board. */
async function roomWithBoard() {
  const { room, invites } = await ctx.server.createRoom()
  const fia = await ctx.server.enrol(room.id, 'Fia', 'secretariat', 'facilitator')
  const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
  const olga = await ctx.server.join(invites.participant, 'Olga', 'oslo')
  const otto = await ctx.server.join(invites.observer, 'Otto', 'expert')
  const board = await connect(fia.token, documentName(room.id, 'board'))
  board.records.set('shape:families', frameRecord('families', 'Support for families', 0, 0, 800, 500))
  board.records.set('shape:c1', {
    ...noteRecord('c1', 'Parents do not know where to turn', 20, 20, { kind: 'challenge' }),
    parentId: 'shape:families',
  })
  board.records.set('shape:s1', {
    ...noteRecord('s1', 'A helpline for worried parents', 240, 20, { kind: 'solution' }),
    parentId: 'shape:families',
  })
  board.records.set('shape:s2', {
    ...noteRecord('s2', 'Parent groups run by social services', 460, 20, { kind: 'solution' }),
    parentId: 'shape:families',
  })
  board.records.set(
    'shape:step',
    noteRecord('step', 'Map existing parent support in Stockholm', 0, 700, {
      kind: 'next-step',
      ownerCity: 'stockholm',
    }),
  )
  await board.acknowledged()
  return { roomId: room.id, board, fia, sven, olga, otto }
}

const api = (token: string | undefined, path: string, body?: unknown, method?: string) =>
  ctx.server.api(path, { token, body, method })

describe('snapshots', () => {
  it('are taken by a facilitator, at every phase change and when the room closes, and never change', async () => {
    const { roomId, board, fia, sven, otto } = await roomWithBoard()
    const manual = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'Before clustering' })
    expect(manual.status).toBe(201)
    expect(manual.body).toMatchObject({
      name: 'Before clustering',
      reason: 'manual',
      takenBy: { name: 'Fia' },
      cases: 0,
      clusters: 1,
      ideas: { total: 4, challenge: 1, solution: 2, 'next-step': 1 },
    })
    expect((await api(sven.token, `/api/rooms/${roomId}/snapshots`, { name: 'x' })).status).toBe(403)
    expect((await api(otto.token, `/api/rooms/${roomId}/snapshots`, { name: 'x' })).status).toBe(403)
    expect((await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: '' })).status).toBe(400)

    // Automatic snapshots are named after the phase that ended, and taken only when the board changed.
    board.records.set('shape:s3', {
      ...noteRecord('s3', 'Mentors from the neighbourhood', 20, 240, { kind: 'solution' }),
      parentId: 'shape:families',
    })
    await board.acknowledged()
    const control = await connect(fia.token, documentName(roomId, 'control'))
    control.doc.getMap(CONTROL_KEY).set('phase', 4)
    await eventually(async () => {
      const { body } = await api(otto.token, `/api/rooms/${roomId}/snapshots`)
      expect(body.snapshots.map((s: { reason: string; name: string }) => [s.reason, s.name])).toContainEqual([
        'phase',
        'End of Welcome · 5 ideas',
      ])
    })
    // The parts of that name, so the review names it in the reader's language.
    const phaseSnapshots = (await api(otto.token, `/api/rooms/${roomId}/snapshots`)).body.snapshots.filter(
      (s: { reason: string }) => s.reason === 'phase',
    )
    expect(phaseSnapshots.at(-1)).toMatchObject({ endedPhase: 'Welcome', ideas: { total: 5 } })
    expect((await api(otto.token, `/api/snapshots/${phaseSnapshots.at(-1).id}`)).body.endedPhase).toBe('Welcome')

    board.records.set('shape:late', noteRecord('late', 'Added after the snapshot', 0, 1200))
    board.records.delete('shape:s2')
    await board.acknowledged()
    const frozen = await api(otto.token, `/api/snapshots/${manual.body.id}`)
    expect(frozen.body.records.map((r: { id: string }) => r.id)).toContain('shape:s2')
    expect(frozen.body.records.map((r: { id: string }) => r.id)).not.toContain('shape:late')

    await api(ctx.server.adminToken, `/api/rooms/${roomId}/close`, {})
    const { body } = await api(sven.token, `/api/rooms/${roomId}/snapshots`)
    expect(body.snapshots.at(-1)).toMatchObject({ reason: 'closed', takenBy: null })
    const last = await api(sven.token, `/api/snapshots/${body.snapshots.at(-1).id}`)
    expect(last.body.records.map((r: { id: string }) => r.id)).toContain('shape:late')
  })

  it('are seen by members of their room only', async () => {
    const { roomId, fia } = await roomWithBoard()
    const other = await ctx.server.createRoom()
    const stranger = await ctx.server.join(other.invites.facilitator, 'Stranger', 'oslo')
    const { body: summary } = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'Mine' })
    expect((await api(stranger.token, `/api/rooms/${roomId}/snapshots`)).status).toBe(403)
    expect((await api(stranger.token, `/api/snapshots/${summary.id}`)).status).toBe(403)
    expect((await api(stranger.token, `/api/snapshots/${summary.id}/distill`, {})).status).toBe(403)
    expect((await api(undefined, `/api/snapshots/${summary.id}`)).status).toBe(401)
    expect((await api(ctx.server.adminToken, `/api/snapshots/${summary.id}`)).status).toBe(200)
  })
})

describe('distillation and review', () => {
  it('distils a snapshot into entries and next steps, idempotently, and only facilitators may', async () => {
    const { roomId, fia, otto } = await roomWithBoard()
    const { body: summary } = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'End' })
    expect((await api(otto.token, `/api/snapshots/${summary.id}/distill`, {})).status).toBe(403)
    const first = await api(fia.token, `/api/snapshots/${summary.id}/distill`, {})
    expect(first.status).toBe(200)
    expect(first.body.entries).toHaveLength(1)
    expect(first.body.entries[0]).toMatchObject({ title: 'Support for families', type: 'solution', status: 'draft' })
    expect(first.body.nextSteps).toEqual([
      expect.objectContaining({
        city: 'stockholm',
        text: 'Map existing parent support in Stockholm',
        status: 'planned',
      }),
    ])
    const again = await api(fia.token, `/api/snapshots/${summary.id}/distill`, {})
    expect(again.body.entries).toEqual(first.body.entries)
    expect(again.body.nextSteps).toEqual(first.body.nextSteps)
    expect((await api(otto.token, `/api/rooms/${roomId}/entries`)).body.entries).toHaveLength(1)
  })

  it('lets the secretariat edit and approve entries, and keeps the edit through a later distillation', async () => {
    const { roomId, board, fia, sven } = await roomWithBoard()
    const { body: s1 } = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'First' })
    const { body: distilled } = await api(fia.token, `/api/snapshots/${s1.id}/distill`, {})
    const entryId = distilled.entries[0].id
    expect((await api(sven.token, `/api/entries/${entryId}`, { action: 'approve' }, 'PATCH')).status).toBe(403)
    const edited = await api(
      fia.token,
      `/api/entries/${entryId}`,
      { action: 'edit', title: 'Support for parents and families' },
      'PATCH',
    )
    expect(edited.body.entry.title).toBe('Support for parents and families')
    expect(
      (await api(ctx.server.adminToken, `/api/entries/${entryId}`, { action: 'approve' }, 'PATCH')).body.entry.status,
    ).toBe('approved')

    board.records.set('shape:families', { ...frameRecord('families', 'Families', 0, 0, 800, 500) })
    board.records.set('shape:s3', {
      ...noteRecord('s3', 'Home visits by trained staff', 20, 260, { kind: 'solution' }),
      parentId: 'shape:families',
    })
    await board.acknowledged()
    const { body: s2 } = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'Second' })
    const { body: redistilled } = await api(fia.token, `/api/snapshots/${s2.id}/distill`, {})
    expect(redistilled.entries).toHaveLength(1)
    expect(redistilled.entries[0]).toMatchObject({
      id: entryId,
      title: 'Support for parents and families',
      status: 'approved',
    })
    expect(redistilled.entries[0].texts).toContain('Home visits by trained staff')
  })

  it('lets a city update its own next steps, and refuses another city’s participant', async () => {
    const { roomId, fia, sven, olga } = await roomWithBoard()
    const { body: summary } = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'End' })
    const { body } = await api(fia.token, `/api/snapshots/${summary.id}/distill`, {})
    const stepId = body.nextSteps[0].id
    const started = await api(
      sven.token,
      `/api/next-steps/${stepId}`,
      { action: 'status', status: 'in-progress' },
      'PATCH',
    )
    expect(started.body.nextStep).toMatchObject({ status: 'in-progress', city: 'stockholm' })
    expect(
      (
        await api(
          sven.token,
          `/api/next-steps/${stepId}`,
          { action: 'note', text: 'Survey sent to districts' },
          'PATCH',
        )
      ).body.nextStep.progressNotes,
    ).toHaveLength(1)
    const refused = await api(olga.token, `/api/next-steps/${stepId}`, { action: 'status', status: 'done' }, 'PATCH')
    expect(refused.status).toBe(403)
    expect(
      (await api(ctx.server.adminToken, `/api/next-steps/${stepId}`, { action: 'status', status: 'done' }, 'PATCH'))
        .body.nextStep.status,
    ).toBe('done')
    const listed = await api(olga.token, '/api/cities/stockholm/next-steps')
    expect(listed.body.nextSteps).toContainEqual(expect.objectContaining({ id: stepId, status: 'done' }))
    expect(listed.body.nextSteps.every((step: { city: string }) => step.city === 'stockholm')).toBe(true)
    expect((await api(olga.token, '/api/cities/atlantis/next-steps')).status).toBe(404)
  })

  it('compiles the publication from approved entries only, as Markdown, HTML and PDF', async () => {
    const { roomId, board, fia } = await roomWithBoard()
    board.records.set('shape:schools', frameRecord('schools', 'Prevention in schools', 1000, 0, 800, 500))
    board.records.set('shape:p1', {
      ...noteRecord('p1', 'Every school has a prevention contact person', 1020, 20, { kind: 'policy' }),
      parentId: 'shape:schools',
    })
    await board.acknowledged()
    const { body: summary } = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'End' })
    const { body } = await api(fia.token, `/api/snapshots/${summary.id}/distill`, {})
    const families = body.entries.find((e: { title: string }) => e.title === 'Support for families')
    const schools = body.entries.find((e: { title: string }) => e.title === 'Prevention in schools')
    await api(ctx.server.adminToken, `/api/entries/${families.id}`, { action: 'approve' }, 'PATCH')
    await api(ctx.server.adminToken, `/api/entries/${schools.id}`, { action: 'reject', reason: 'Not agreed' }, 'PATCH')

    const fetchAs = (format: string) =>
      fetch(`${ctx.server.url}/api/publication?rooms=${roomId}&format=${format}`, {
        headers: { authorization: `Bearer ${fia.token}` },
      })
    for (const format of ['md', 'html']) {
      const text = await (await fetchAs(format)).text()
      expect(text).toContain('Support for families')
      expect(text).toContain('A helpline for worried parents')
      expect(text).not.toContain('Prevention in schools')
      expect(text).toContain('Map existing parent support in Stockholm')
    }
    const pdf = await fetchAs('pdf')
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect((await fetch(`${ctx.server.url}/api/publication?format=md`)).status).toBe(401)
    expect((await api(fia.token, '/api/publication?rooms=nope&format=md')).status).toBe(404)
  })
})
