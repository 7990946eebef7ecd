import { describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()

type Role = 'facilitator' | 'participant' | 'observer'

/** A room with one member per entry: [role, name, city]; returns their tokens and participant ids. */
async function room(...members: [Role, string, string][]) {
  const { room, invites } = await ctx.server.createRoom()
  const joined = []
  for (const [role, name, city] of members) joined.push(await ctx.server.join(invites[role], name, city))
  return { roomId: room.id, members: joined }
}

const connect = ctx.connect.bind(ctx)

const storedBoard = (roomId: string) =>
  ctx.server.collab.hocuspocus.documents.get(documentName(roomId, 'board'))!.getMap<any>('records')

describe('secret dot voting', () => {
  it('counts votes within the rules, refuses the rest with clear errors, and reveals totals per city on close', async () => {
    const { roomId, members } = await room(
      ['facilitator', 'Fia', 'secretariat'],
      ['participant', 'Sven', 'stockholm'],
      ['participant', 'Olga', 'oslo'],
      ['observer', 'Otto', 'expert'],
    )
    const [fia, sven, olga, otto] = members
    const board = await connect(fia.token, documentName(roomId, 'board'))
    board.records.set('shape:school', frameRecord('school', 'School-based prevention'))
    board.records.set('shape:online', frameRecord('online', 'Online radicalisation', 700))
    board.records.set('shape:idea', noteRecord('idea', 'Exit programme mentors', 0, 600))
    await board.acknowledged()
    const svenControl = await connect(sven.token, documentName(roomId, 'control'))

    const api = (token: string, path: string, body?: unknown, method?: string) =>
      ctx.server.api(`/api/rooms/${roomId}${path}`, { token, body, method })
    expect((await api(sven.token, '/votes', { targetId: 'shape:school' })).body.error).toBe('no_open_round')

    const opened = await api(fia.token, '/rounds', {
      targets: ['shape:school', 'shape:online', 'shape:idea'],
      votesPerParticipant: 3,
      maxPerTarget: 2,
    })
    expect(opened.status).toBe(201)
    expect(opened.body.round.targets.map((t: { label: string }) => t.label)).toEqual([
      'School-based prevention',
      'Online radicalisation',
      'Exit programme mentors',
    ])
    expect(
      (await api(sven.token, '/rounds', { targets: ['shape:school'], votesPerParticipant: 1, maxPerTarget: 1 })).status,
    ).toBe(403)
    expect(
      (await api(fia.token, '/rounds', { targets: ['shape:school'], votesPerParticipant: 1, maxPerTarget: 1 })).body
        .error,
    ).toBe('round_open')

    expect((await api(sven.token, '/votes', { targetId: 'shape:school' })).body).toMatchObject({
      mine: { 'shape:school': 1 },
      remaining: 2,
    })
    await api(sven.token, '/votes', { targetId: 'shape:school' })
    const capped = await api(sven.token, '/votes', { targetId: 'shape:school' })
    expect(capped).toMatchObject({
      status: 409,
      body: { error: 'target_cap_reached', message: expect.stringContaining('2') },
    })
    await api(sven.token, '/votes', { targetId: 'shape:online' })
    expect(await api(sven.token, '/votes', { targetId: 'shape:idea' })).toMatchObject({
      status: 409,
      body: { error: 'budget_spent' },
    })
    expect(await api(sven.token, '/votes', { targetId: 'shape:nowhere' })).toMatchObject({
      status: 409,
      body: { error: 'unknown_target' },
    })
    expect((await api(otto.token, '/votes', { targetId: 'shape:school' })).status).toBe(403)
    expect((await api(sven.token, '/votes/shape:online', undefined, 'DELETE')).body).toMatchObject({ remaining: 1 })
    await api(sven.token, '/votes', { targetId: 'shape:idea' })
    await api(olga.token, '/votes', { targetId: 'shape:online' })
    await api(fia.token, '/votes', { targetId: 'shape:online' })
    expect((await api(olga.token, '/votes/mine')).body).toMatchObject({ mine: { 'shape:online': 1 }, remaining: 2 })

    // Before the reveal, nothing a participant can read holds tallies or anyone's votes.
    await eventually(() => expect(svenControl.doc.getMap(CONTROL_KEY).get('voting')).toMatchObject({ results: null }))
    const visible = JSON.stringify({
      control: svenControl.doc.getMap(CONTROL_KEY).toJSON(),
      board: board.records.toJSON(),
    })
    expect(visible).not.toMatch(/stockholm|oslo|totals|participantId|Olga/)
    expect((await api(sven.token, '/votes/mine')).body.mine).toEqual({ 'shape:school': 2, 'shape:idea': 1 })

    expect((await api(sven.token, '/rounds/current/close', {})).status).toBe(403)
    const closed = await api(fia.token, '/rounds/current/close', {})
    expect(closed.body.results).toMatchObject({
      totals: { 'shape:school': 2, 'shape:online': 2, 'shape:idea': 1 },
      // One voter per city: no city is shown on its own (MIN_GROUP_SIZE 3); the three together are.
      byCity: { 'shape:school': { other: 2 }, 'shape:online': { other: 2 }, 'shape:idea': { other: 1 } },
      voters: 3,
      dots: 5,
    })
    expect(closed.body.results.ranked.map((r: { targetId: string }) => r.targetId)).toEqual([
      'shape:school',
      'shape:online',
      'shape:idea',
    ])
    await eventually(() =>
      expect(svenControl.doc.getMap(CONTROL_KEY).get('voting')).toMatchObject({
        results: { totals: { 'shape:school': 2 } },
      }),
    )
    expect(JSON.stringify(svenControl.doc.getMap(CONTROL_KEY).toJSON())).not.toMatch(/participantId/)

    expect(await api(sven.token, '/votes', { targetId: 'shape:school' })).toMatchObject({
      status: 409,
      body: { error: 'no_open_round' },
    })
    // A round can be re-run.
    expect(
      (
        await api(fia.token, '/rounds', {
          targets: ['shape:school', 'shape:online'],
          votesPerParticipant: 1,
          maxPerTarget: 1,
        })
      ).status,
    ).toBe(201)
  })

  it('refuses a round whose targets are not on the board, and a round that has ended', async () => {
    const { roomId, members } = await room(['facilitator', 'Fia', 'secretariat'], ['participant', 'Sven', 'stockholm'])
    const api = (token: string, path: string, body?: unknown) =>
      ctx.server.api(`/api/rooms/${roomId}${path}`, { token, body })
    expect(
      await api(members[0].token, '/rounds', { targets: ['shape:ghost'], votesPerParticipant: 2, maxPerTarget: 1 }),
    ).toMatchObject({ status: 400, body: { error: 'unknown_target' } })
    const board = await connect(members[0].token, documentName(roomId, 'board'))
    board.records.set('shape:a', frameRecord('a', 'A'))
    await board.acknowledged()
    const endsAt = new Date(Date.now() + 300).toISOString()
    expect(
      (
        await api(members[0].token, '/rounds', {
          targets: ['shape:a'],
          votesPerParticipant: 2,
          maxPerTarget: 1,
          endsAt,
        })
      ).status,
    ).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(await api(members[1].token, '/votes', { targetId: 'shape:a' })).toMatchObject({
      status: 409,
      body: { error: 'round_ended' },
    })
  })
})

describe('facilitation', () => {
  it('a locked board refuses participants’ writes and accepts the facilitator’s', async () => {
    const { roomId, members } = await room(['facilitator', 'Fia', 'secretariat'], ['participant', 'Sven', 'stockholm'])
    const board = documentName(roomId, 'board')
    const fia = await connect(members[0].token, board)
    const sven = await connect(members[1].token, board)
    const fiaControl = await connect(members[0].token, documentName(roomId, 'control'))
    fiaControl.doc.getMap(CONTROL_KEY).set('locked', true)
    await eventually(async () => expect((await ctx.server.collab.readControl(roomId)).locked).toBe(true))

    sven.records.set('shape:while-locked', noteRecord('while-locked', 'should not land'))
    fia.records.set('shape:facilitator', noteRecord('facilitator', 'facilitator keeps editing'))
    await fia.acknowledged()
    // The facilitator's later write, seen by Sven, is the barrier: Sven's own write was handled before it.
    await eventually(() => expect(sven.records.get('shape:facilitator')).toBeDefined())
    expect(storedBoard(roomId).get('shape:facilitator')).toBeDefined()
    expect(storedBoard(roomId).get('shape:while-locked')).toBeUndefined()

    fiaControl.doc.getMap(CONTROL_KEY).set('locked', false)
    await eventually(async () => expect((await ctx.server.collab.readControl(roomId)).locked).toBe(false))
    sven.records.set('shape:after-unlock', noteRecord('after-unlock', 'lands'))
    await eventually(() => expect(storedBoard(roomId).get('shape:after-unlock')).toBeDefined())
    await eventually(() => expect(fia.records.get('shape:after-unlock')).toBeDefined())
  })

  it('stores no author identity on ideas created in anonymous mode, and nobody can pose as another author', async () => {
    const { roomId, members } = await room(
      ['facilitator', 'Fia', 'secretariat'],
      ['participant', 'Sven', 'stockholm'],
      ['participant', 'Olga', 'oslo'],
    )
    const [fia, sven, olga] = members
    const board = documentName(roomId, 'board')
    const watcher = await connect(fia.token, board)
    const svenBoard = await connect(sven.token, board)
    svenBoard.records.set(
      'shape:named',
      noteRecord('named', 'Named idea', 0, 0, { authorId: sven.participant.id, authorName: 'Sven', city: 'stockholm' }),
    )
    await svenBoard.acknowledged()
    expect(storedBoard(roomId).get('shape:named').meta).toMatchObject({ authorName: 'Sven', city: 'stockholm' })

    const spoofer = await connect(olga.token, board)
    spoofer.records.set(
      'shape:spoof',
      noteRecord('spoof', 'Pretending', 0, 0, { authorId: sven.participant.id, authorName: 'Sven', city: 'stockholm' }),
    )
    await eventually(() => expect(spoofer.events.closed.map((e) => e.reason)).toContain('invalid-record'))
    expect(storedBoard(roomId).get('shape:spoof')).toBeUndefined()

    const rewriter = await connect(olga.token, board)
    rewriter.records.set('shape:named', {
      ...rewriter.records.get('shape:named'),
      meta: { ...rewriter.records.get('shape:named').meta, authorName: 'Olga' },
    })
    await eventually(() => expect(rewriter.events.closed.map((e) => e.reason)).toContain('invalid-record'))
    expect(storedBoard(roomId).get('shape:named').meta.authorName).toBe('Sven')

    const control = await connect(fia.token, documentName(roomId, 'control'))
    control.doc.getMap(CONTROL_KEY).set('identityMode', 'anonymous')
    await eventually(async () => expect((await ctx.server.collab.readControl(roomId)).identityMode).toBe('anonymous'))
    const anonymous = await connect(olga.token, board)
    anonymous.records.set(
      'shape:leaky',
      noteRecord('leaky', 'Has a name', 0, 0, { authorId: olga.participant.id, authorName: 'Olga', city: 'oslo' }),
    )
    await eventually(() => expect(anonymous.events.closed.map((e) => e.reason)).toContain('invalid-record'))
    const quiet = await connect(olga.token, board)
    quiet.records.set('shape:quiet', noteRecord('quiet', 'No name', 0, 0))
    await quiet.acknowledged()
    expect(storedBoard(roomId).get('shape:leaky')).toBeUndefined()
    expect(storedBoard(roomId).get('shape:quiet').meta).toMatchObject({ authorId: null, authorName: null, city: null })
    expect(JSON.stringify(watcher.records.toJSON())).not.toContain('Olga')

    // tldraw's "last edited by" stamp names the writer too: refused in anonymous mode.
    const stamper = await connect(olga.token, board)
    stamper.records.set('shape:stamped', {
      ...noteRecord('stamped', 'No name', 0, 0),
      props: { ...noteRecord('stamped', 'No name').props, textLastEditedBy: `user:${olga.participant.id}` },
    })
    await eventually(() => expect(stamper.events.closed.map((e) => e.reason)).toContain('invalid-record'))
    expect(storedBoard(roomId).get('shape:stamped')).toBeUndefined()
  })

  it('the timer runs in server time, written by the server for a facilitator; facilitators cannot write it themselves', async () => {
    const { roomId, members } = await room(['facilitator', 'Fia', 'secretariat'], ['participant', 'Sven', 'stockholm'])
    const svenControl = await connect(members[1].token, documentName(roomId, 'control'))
    const before = Date.now()
    const started = await ctx.server.api(`/api/rooms/${roomId}/timer`, {
      token: members[0].token,
      body: { action: 'start', minutes: 10 },
    })
    expect(started.body.timer).toMatchObject({ running: true, remainingMs: 600_000 })
    expect(started.body.timer.endsAt).toBeGreaterThanOrEqual(before + 600_000)
    await eventually(() => expect(svenControl.doc.getMap(CONTROL_KEY).get('timer')).toMatchObject({ running: true }))
    expect(
      (await ctx.server.api(`/api/rooms/${roomId}/timer`, { token: members[1].token, body: { action: 'pause' } }))
        .status,
    ).toBe(403)
    const paused = await ctx.server.api(`/api/rooms/${roomId}/timer`, {
      token: members[0].token,
      body: { action: 'pause' },
    })
    expect(paused.body.timer).toMatchObject({ running: false, endsAt: null })
    expect(paused.body.timer.remainingMs).toBeGreaterThan(590_000)
    expect(
      (await ctx.server.api(`/api/rooms/${roomId}/timer`, { token: members[0].token, body: { action: 'jump' } }))
        .status,
    ).toBe(400)

    const fiaControl = await connect(members[0].token, documentName(roomId, 'control'))
    fiaControl.doc.getMap(CONTROL_KEY).set('timer', { running: true, endsAt: 0, remainingMs: 1 })
    await eventually(() => expect(fiaControl.events.closed.map((e) => e.reason)).toContain('invalid-record'))
    expect((await ctx.server.collab.readControl(roomId)).timer.running).toBe(false)
  })

  it('suggests clusters for the ideas not yet clustered, for facilitators only, moving nothing', async () => {
    const { roomId, members } = await room(['facilitator', 'Fia', 'secretariat'], ['participant', 'Sven', 'stockholm'])
    const board = await connect(members[0].token, documentName(roomId, 'board'))
    const texts = [
      'Mentors for young people leaving extremist groups',
      'Mentor programme for youth leaving extremism',
      'Teacher training on online hate speech',
      'Training teachers to recognise online hate',
    ]
    texts.forEach((text, i) => board.records.set(`shape:i${i}`, noteRecord(`i${i}`, text, i * 220, 0)))
    board.records.set('shape:frame', frameRecord('frame', 'Already clustered', 0, 1000))
    board.records.set('shape:inside', {
      ...noteRecord('inside', 'Mentors inside a cluster', 20, 20),
      parentId: 'shape:frame',
    })
    await board.acknowledged()
    expect(
      (await ctx.server.api(`/api/rooms/${roomId}/cluster-suggestions`, { token: members[1].token, body: {} })).status,
    ).toBe(403)
    const { status, body } = await ctx.server.api(`/api/rooms/${roomId}/cluster-suggestions`, {
      token: members[0].token,
      body: {},
    })
    expect(status).toBe(200)
    const ids = body.suggestions.flatMap((s: { ids: string[] }) => s.ids)
    expect(ids).not.toContain('shape:inside')
    const groupOf = (id: string) => body.suggestions.findIndex((s: { ids: string[] }) => s.ids.includes(id))
    expect(groupOf('shape:i0')).toBe(groupOf('shape:i1'))
    expect(groupOf('shape:i2')).toBe(groupOf('shape:i3'))
    expect(groupOf('shape:i0')).not.toBe(groupOf('shape:i2'))
    expect(storedBoard(roomId).get('shape:i0').parentId).toBe('page:page')
  })
})
