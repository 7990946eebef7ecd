/**
 * Issue 16 §1 and §6: identity comes from the invitation. Each attack of the security review, as it
 * was made: a self-declared secretariat, one person voting as five, the lobby, removal and
 * revocation, and ids that look up an object's prototype.
 */
import { describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const api = (token: string | undefined, path: string, body?: unknown, method?: string) =>
  ctx.server.api(path, { token, body, method })
const CITIES = ['stockholm', 'oslo', 'helsinki', 'copenhagen', 'reykjavik']

describe('affiliation from the link', () => {
  it('refuses a self-declared secretariat (or another city) on any link, with 400 affiliation_not_allowed', async () => {
    const { invites } = await ctx.server.createRoom()
    for (const invite of [invites.participant.oslo, invites.facilitator, invites.observer]) {
      const forged = await api(undefined, '/api/join', { invite, name: 'Mallory', city: 'secretariat' })
      expect(forged).toMatchObject({ status: 400, body: { error: 'affiliation_not_allowed' } })
    }
    const otherCity = await api(undefined, '/api/join', {
      invite: invites.participant.oslo,
      name: 'Mallory',
      city: 'stockholm',
    })
    expect(otherCity).toMatchObject({ status: 400, body: { error: 'affiliation_not_allowed' } })
    // The link's own affiliation, named or not, is fine.
    const named = await api(undefined, '/api/join', { invite: invites.participant.oslo, name: 'Olga', city: 'oslo' })
    const unnamed = await api(undefined, '/api/join', { invite: invites.participant.oslo, name: 'Ole' })
    expect([named.body.participant.city, unnamed.body.participant.city]).toEqual(['oslo', 'oslo'])
  })

  it('a participant cannot edit and approve a Capital Code entry: only the secretariat link or the admin token can', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const fia = await ctx.server.join(invites.facilitator, 'Fia', 'expert')
    const board = await ctx.connect(fia.token, documentName(room.id, 'board'))
    board.records.set('shape:families', frameRecord('families', 'Support for families', 0, 0, 800, 500))
    board.records.set('shape:idea', {
      ...noteRecord('idea', 'A helpline for parents', 20, 20, { kind: 'solution' }),
      parentId: 'shape:families',
    })
    await board.acknowledged()
    const { body: snapshot } = await api(fia.token, `/api/rooms/${room.id}/snapshots`, { name: 'End' })
    const { body: distilled } = await api(ctx.server.adminToken, `/api/snapshots/${snapshot.id}/distill`, {})
    const entryId = distilled.entries[0].id

    const participant = await ctx.server.join(invites.participant, 'Mallory', 'oslo')
    const forged = await api(participant.token, `/api/entries/${entryId}`, { action: 'edit', title: 'Forged' }, 'PATCH')
    expect(forged.status).toBe(403)

    const secretariat = await api(undefined, '/api/join', { invite: invites.secretariat, name: 'Sara' })
    expect(secretariat.body.participant).toMatchObject({ city: 'secretariat', role: 'participant', admitted: true })
    const token = secretariat.body.token
    // Issue 15 acceptance 1: a member who joined through the secretariat link snapshots and distils.
    const taken = await api(token, `/api/rooms/${room.id}/snapshots`, { name: 'By the secretariat' })
    expect(taken.status).toBe(201)
    expect((await api(token, `/api/snapshots/${taken.body.id}/distill`, {})).status).toBe(200)
  })
})

describe('one person, one ballot', () => {
  /** A lobby room with one idea on the board and a round open on it (3 dots each, all on one target allowed). */
  async function lobbyRoomVoting() {
    const { room, invites } = await ctx.server.createRoom({ admission: 'lobby' })
    const fia = await ctx.server.join(invites.facilitator, 'Fia', 'expert')
    const board = await ctx.connect(fia.token, documentName(room.id, 'board'))
    board.records.set('shape:idea', noteRecord('idea', 'Mentors for young people', 0, 0))
    await board.acknowledged()
    const round = await api(fia.token, `/api/rooms/${room.id}/rounds`, {
      targets: ['shape:idea'],
      votesPerParticipant: 3,
      maxPerTarget: 3,
    })
    expect(round.status).toBe(201)
    return { roomId: room.id, invites, fia }
  }

  it('five joins through five city links cannot vote 15 dots: they wait in the lobby', async () => {
    const { roomId, invites, fia } = await lobbyRoomVoting()
    let placed = 0
    for (const city of CITIES) {
      const joined = await ctx.server.join(invites.participant, 'Mallory', city)
      expect(joined.participant.admitted).toBe(false)
      for (let dot = 0; dot < 3; dot++) {
        const vote = await api(joined.token, `/api/rooms/${roomId}/votes`, { targetId: 'shape:idea' })
        if (vote.status === 201) placed++
        else expect(vote).toMatchObject({ status: 403, body: { error: 'not_admitted' } })
      }
    }
    expect(placed).toBe(0)
    const closed = await api(fia.token, `/api/rooms/${roomId}/rounds/current/close`, {})
    expect(closed.body.results.totals['shape:idea'] ?? 0).toBe(0)
  })

  it('a personal link used again on five devices is one participant with one budget', async () => {
    const { roomId, fia } = await lobbyRoomVoting()
    const registered = await api(ctx.server.adminToken, `/api/rooms/${roomId}/roster`, {
      name: 'Petra',
      affiliation: 'oslo',
      role: 'participant',
    })
    expect(registered.status).toBe(201)
    expect(registered.body).toMatchObject({
      participant: { name: 'Petra', city: 'oslo', role: 'participant', admitted: true },
      link: expect.stringContaining('/join/'),
    })
    const ids = new Set<string>()
    let placed = 0
    for (let device = 0; device < 5; device++) {
      const { body } = await api(undefined, '/api/join', { invite: registered.body.link })
      ids.add(body.participant.id)
      for (let dot = 0; dot < 3; dot++)
        if ((await api(body.token, `/api/rooms/${roomId}/votes`, { targetId: 'shape:idea' })).status === 201) placed++
    }
    expect([...ids]).toEqual([registered.body.participant.id])
    expect(placed).toBe(3)
    const closed = await api(fia.token, `/api/rooms/${roomId}/rounds/current/close`, {})
    expect(closed.body.results.totals['shape:idea']).toBe(3)
    // A personal link fixes its affiliation too.
    expect((await api(undefined, '/api/join', { invite: registered.body.link, city: 'stockholm' })).body.error).toBe(
      'affiliation_not_allowed',
    )
  })
})

describe('the lobby', () => {
  it('lists who waits by city; Admit and Admit all from a city let them write the board and vote', async () => {
    const { room, invites } = await ctx.server.createRoom({ admission: 'lobby' })
    const fia = await ctx.server.join(invites.facilitator, 'Fia', 'expert')
    const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
    const olga = await ctx.server.join(invites.participant, 'Olga', 'oslo')
    const ole = await ctx.server.join(invites.participant, 'Ole', 'oslo')
    const lobby = await api(fia.token, `/api/rooms/${room.id}/lobby`)
    expect(lobby.body.waiting.map((p: { name: string; city: string }) => [p.city, p.name])).toEqual([
      ['oslo', 'Olga'],
      ['oslo', 'Ole'],
      ['stockholm', 'Sven'],
    ])
    expect((await api(sven.token, `/api/rooms/${room.id}/lobby`)).status).toBe(403)

    // Waiting: the board is read-only for Sven (his write is dropped); once admitted, his next write lands.
    const board = await ctx.connect(sven.token, documentName(room.id, 'board'))
    board.records.set('shape:waiting', noteRecord('waiting', 'Written while waiting', 0, 0))
    const admitted = await api(fia.token, `/api/rooms/${room.id}/participants/${sven.participant.id}/admit`, {})
    expect(admitted.body.participant).toMatchObject({ id: sven.participant.id, admitted: true })
    board.records.set('shape:admitted', noteRecord('admitted', 'Written once admitted', 0, 300))
    await board.acknowledged()
    const live = () => ctx.server.collab.hocuspocus.documents.get(documentName(room.id, 'board'))!.getMap('records')
    await eventually(() => expect(live().has('shape:admitted')).toBe(true))

    const all = await api(fia.token, `/api/rooms/${room.id}/lobby/admit`, { city: 'oslo' })
    expect(all.body.admitted.map((p: { id: string }) => p.id).sort()).toEqual(
      [olga.participant.id, ole.participant.id].sort(),
    )
    expect((await api(fia.token, `/api/rooms/${room.id}/lobby`)).body).toMatchObject({
      waiting: [],
      admitted: 4,
      voters: 4,
    })
    expect((await api(olga.token, '/api/session')).body.participant.admitted).toBe(true)
  })

  it('facilitator, observer and secretariat links and personal links are admitted at once; an open room admits everyone', async () => {
    const lobbyRoom = await ctx.server.createRoom({ admission: 'lobby' })
    for (const [invite, city] of [
      [lobbyRoom.invites.facilitator, 'oslo'],
      [lobbyRoom.invites.observer, 'expert'],
      [lobbyRoom.invites.secretariat, undefined],
    ]) {
      const { body } = await api(undefined, '/api/join', { invite, name: 'X', city })
      expect(body.participant.admitted).toBe(true)
    }
    const open = await ctx.server.createRoom({ admission: 'open' })
    expect((await ctx.server.join(open.invites.participant, 'Y', 'oslo')).participant.admitted).toBe(true)
    const changed = await api(ctx.server.adminToken, `/api/rooms/${open.room.id}`, { admission: 'lobby' }, 'PATCH')
    expect(changed.body.room.admission).toBe('lobby')
    expect((await ctx.server.join(open.invites.participant, 'Z', 'oslo')).participant.admitted).toBe(false)
  })
})

describe('removing a participant', () => {
  it('refuses their tokens on REST and WebSocket at once, closes their socket with 4410 and withdraws their dots', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const fia = await ctx.server.join(invites.facilitator, 'Fia', 'expert')
    const mallory = await ctx.server.join(invites.participant, 'Mallory', 'oslo')
    const board = await ctx.connect(fia.token, documentName(room.id, 'board'))
    board.records.set('shape:idea', noteRecord('idea', 'An idea', 0, 0))
    await board.acknowledged()
    await api(fia.token, `/api/rooms/${room.id}/rounds`, {
      targets: ['shape:idea'],
      votesPerParticipant: 2,
      maxPerTarget: 2,
    })
    expect((await api(mallory.token, `/api/rooms/${room.id}/votes`, { targetId: 'shape:idea' })).status).toBe(201)
    expect((await api(mallory.token, `/api/rooms/${room.id}/votes`, { targetId: 'shape:idea' })).status).toBe(201)
    const theirs = await ctx.connect(mallory.token, documentName(room.id, 'board'))

    expect(
      (await api(mallory.token, `/api/rooms/${room.id}/participants/${fia.participant.id}`, undefined, 'DELETE'))
        .status,
    ).toBe(403)
    const removedAt = Date.now()
    const removed = await api(
      fia.token,
      `/api/rooms/${room.id}/participants/${mallory.participant.id}`,
      undefined,
      'DELETE',
    )
    expect(removed.status).toBe(200)
    expect((await api(mallory.token, '/api/session')).status).toBe(401)
    expect((await api(mallory.token, `/api/rooms/${room.id}/votes`, { targetId: 'shape:idea' })).status).toBe(401)
    await eventually(() => expect(theirs.events.closed).toContainEqual({ code: 4410, reason: 'removed' }), {
      timeout: 2000,
    })
    expect(Date.now() - removedAt).toBeLessThan(2500)
    await eventually(() => expect(theirs.events.authFailed).toContain('removed'))
    theirs.destroy()

    const closed = await api(fia.token, `/api/rooms/${room.id}/rounds/current/close`, {})
    expect(closed.body.results.totals['shape:idea'] ?? 0).toBe(0)
    expect(
      (await api(ctx.server.adminToken, `/api/rooms/${room.id}/participants/nobody`, undefined, 'DELETE')).status,
    ).toBe(404)
  })

  it('regenerating a link with revokeSessions removes everyone who joined through it; without, they stay', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const olga = await ctx.server.join(invites.participant, 'Olga', 'oslo')
    const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
    const kept = await api(ctx.server.adminToken, `/api/rooms/${room.id}/invites/participant/stockholm`, {}, 'POST')
    expect(kept.body.removed).toBe(0)
    expect((await api(sven.token, '/api/session')).status).toBe(200)
    const revoked = await api(
      ctx.server.adminToken,
      `/api/rooms/${room.id}/invites/participant/oslo`,
      { revokeSessions: true },
      'POST',
    )
    expect(revoked.body.removed).toBe(1)
    expect((await api(olga.token, '/api/session')).status).toBe(401)
    expect((await api(sven.token, '/api/session')).status).toBe(200)
  })
})

describe('ids are looked up, never through a prototype', () => {
  it('answers 400 or 404 for __proto__ and friends', async () => {
    const { room } = await ctx.server.createRoom()
    const admin = ctx.server.adminToken
    const cases: [string, string, unknown?][] = [
      ['PATCH', '/api/next-steps/step:__proto__:x', { action: 'sign-off' }],
      ['PATCH', '/api/next-steps/step:constructor:x', { action: 'sign-off' }],
      ['PATCH', '/api/entries/entry:__proto__:x', { action: 'approve' }],
      ['GET', '/api/invites/__proto__'],
      ['POST', '/api/join', { invite: '__proto__', name: 'X', city: 'oslo' }],
      ['POST', `/api/rooms/${room.id}/invites/__proto__`, {}],
      ['POST', `/api/rooms/${room.id}/invites/participant/__proto__`, {}],
      ['POST', `/api/rooms/${room.id}/participants/__proto__/admit`, {}],
      ['DELETE', `/api/rooms/${room.id}/participants/__proto__`],
      ['GET', '/api/rooms/__proto__'],
      ['GET', '/api/cities/__proto__/next-steps'],
      ['POST', `/api/rooms/${room.id}/roster`, { name: 'X', affiliation: '__proto__', role: 'participant' }],
    ]
    for (const [method, path, body] of cases) {
      const { status } = await api(admin, path, body, method)
      expect([400, 404], `${method} ${path} → ${status}`).toContain(status)
    }
    // Nothing leaked into Object.prototype.
    expect(({} as Record<string, unknown>).entries).toBeUndefined()
  })
})
