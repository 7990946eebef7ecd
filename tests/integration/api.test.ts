import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
beforeAll(async () => {
  server = await newServer()
})
afterAll(() => server.close())

const roomBody = {
  title: 'Capital Room Helsinki',
  date: '2026-12-03',
  hostCity: 'Helsinki',
  location: 'Helsinki City Hall',
}

describe('REST API', () => {
  it('GET /api/health answers ok', async () => {
    expect(await server.api('/api/health')).toEqual({ status: 200, body: { ok: true, tldrawLicenseKey: 'missing' } })
  })

  it('creates a room with the admin token: 201 with the room, its shared links and a participant link per affiliation', async () => {
    const { status, body } = await server.api('/api/rooms', { token: server.adminToken, body: roomBody })
    expect(status).toBe(201)
    expect(body.room).toMatchObject({ ...roomBody, status: 'planned', agenda: '', admission: 'lobby' })
    expect(body.room.id).toMatch(/^[a-z0-9]+$/)
    for (const link of ['facilitator', 'observer', 'secretariat']) {
      expect(body.invites[link]).toEqual(expect.any(String))
      expect(body.links[link]).toBe(`${server.url}/join/${body.invites[link]}`)
    }
    expect(Object.keys(body.invites.participant).sort()).toEqual([
      'copenhagen',
      'expert',
      'helsinki',
      'oslo',
      'reykjavik',
      'stockholm',
    ])
    for (const [affiliation, code] of Object.entries(body.invites.participant)) {
      expect(body.links.participant[affiliation]).toBe(`${server.url}/join/${code}`)
    }
    const codes = [
      body.invites.facilitator,
      body.invites.observer,
      body.invites.secretariat,
      ...Object.values(body.invites.participant),
    ]
    expect(new Set(codes).size).toBe(9)
  })

  it('refuses to create a room without the admin token (401) or with a wrong one', async () => {
    expect((await server.api('/api/rooms', { body: roomBody })).status).toBe(401)
    const wrong = await server.api('/api/rooms', { body: roomBody, token: 'not-the-admin-token-at-all' })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual({ error: 'unauthorized', message: expect.any(String) })
  })

  it('answers a bad body with 400 and { error, message } naming the problem', async () => {
    const { status, body } = await server.api('/api/rooms', {
      token: server.adminToken,
      body: { ...roomBody, date: 'next week' },
    })
    expect(status).toBe(400)
    expect(body).toEqual({ error: 'invalid_request', message: expect.stringContaining('date') })
    const notJson = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: '{"title":',
    })
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).error).toBe('invalid_json')
  })

  it('joins through an invite code or link and returns a token scoped to the room and role', async () => {
    const { room, invites, links } = await server.createRoom()
    const { status, body } = await server.api('/api/join', {
      body: { invite: invites.participant.stockholm, name: 'Anna Berg', city: 'stockholm' },
    })
    expect(status).toBe(200)
    expect(body.participant).toEqual({
      id: expect.any(String),
      name: 'Anna Berg',
      city: 'stockholm',
      role: 'participant',
      admitted: true,
      joinedAt: expect.any(String),
    })
    expect(body.room.id).toBe(room.id)
    expect(body.token).toEqual(expect.any(String))

    const viaLink = await server.api('/api/join', { body: { invite: links.observer, name: 'Olaf', city: 'expert' } })
    expect(viaLink.body.participant.role).toBe('observer')

    const session = await server.api('/api/session', { token: body.token })
    expect(session.body).toMatchObject({
      participant: { name: 'Anna Berg', role: 'participant' },
      room: { id: room.id },
    })
  })

  it('refuses joins with an unknown city, a missing name or an unknown invite', async () => {
    const { invites } = await server.createRoom()
    const city = await server.api('/api/join', { body: { invite: invites.facilitator, name: 'A', city: 'atlantis' } })
    expect(city).toMatchObject({ status: 400, body: { error: 'invalid_city' } })
    const name = await server.api('/api/join', { body: { invite: invites.participant.oslo, name: '  ', city: 'oslo' } })
    expect(name).toMatchObject({ status: 400, body: { error: 'invalid_request' } })
    const unknown = await server.api('/api/join', { body: { invite: 'no-such-invite', name: 'A', city: 'oslo' } })
    expect(unknown).toMatchObject({ status: 404, body: { error: 'invite_not_found' } })
  })

  it('a revoked invite can no longer be used to join; a regenerated one replaces it', async () => {
    const { room, invites } = await server.createRoom()
    const revoked = await server.api(`/api/rooms/${room.id}/invites/participant/oslo`, {
      method: 'DELETE',
      token: server.adminToken,
    })
    expect(revoked.body.invites.participant.oslo).toBeNull()
    expect(revoked.body.invites.participant.stockholm).toBe(invites.participant.stockholm)
    expect(
      (await server.api('/api/join', { body: { invite: invites.participant.oslo, name: 'A', city: 'oslo' } })).status,
    ).toBe(404)
    expect((await server.api(`/api/invites/${invites.participant.oslo}`)).status).toBe(404)

    const regenerated = await server.api(`/api/rooms/${room.id}/invites/participant/oslo`, {
      method: 'POST',
      token: server.adminToken,
    })
    const fresh = regenerated.body.invites.participant.oslo
    expect(fresh).toEqual(expect.any(String))
    expect((await server.api('/api/join', { body: { invite: fresh, name: 'A', city: 'oslo' } })).status).toBe(200)
    // Other links are untouched.
    expect(regenerated.body.invites.facilitator).toBe(invites.facilitator)

    const all = await server.api(`/api/rooms/${room.id}/invites/participant`, {
      method: 'DELETE',
      token: server.adminToken,
    })
    expect(Object.values(all.body.invites.participant).every((code) => code === null)).toBe(true)
    expect(all.body.invites.observer).toBe(invites.observer)
  })

  it('lists rooms and closes one (secretariat only)', async () => {
    const { room, invites } = await server.createRoom({ title: 'To be closed' })
    const { token } = await server.join(invites.participant, 'Pia')
    expect((await server.api(`/api/rooms/${room.id}/close`, { method: 'POST', token })).status).toBe(401)
    const closed = await server.api(`/api/rooms/${room.id}/close`, { method: 'POST', token: server.adminToken })
    expect(closed.body.room).toMatchObject({ id: room.id, status: 'closed', closedAt: expect.any(String) })
    const list = await server.api('/api/rooms', { token: server.adminToken })
    expect(list.body.rooms.find((r: { id: string }) => r.id === room.id)).toMatchObject({ status: 'closed', online: 0 })
    expect((await server.api('/api/rooms', { token })).status).toBe(401)
  })

  it('a session token opens its own room only', async () => {
    const a = await server.createRoom({ title: 'Room A' })
    const b = await server.createRoom({ title: 'Room B' })
    const { token } = await server.join(a.invites.participant, 'Anna')
    expect((await server.api(`/api/rooms/${a.room.id}`, { token })).body.room.title).toBe('Room A')
    expect((await server.api(`/api/rooms/${a.room.id}`, { token })).body.room.invites).toBeUndefined()
    expect((await server.api(`/api/rooms/${b.room.id}`, { token })).status).toBe(403)
    expect((await server.api(`/api/rooms/${b.room.id}`)).status).toBe(401)
  })

  it('rejects an expired or tampered session token', async () => {
    const { invites } = await server.createRoom()
    const { token } = await server.join(invites.participant, 'Anna')
    const [header, payload, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const tampered = [
      header,
      Buffer.from(JSON.stringify({ ...claims, role: 'facilitator' })).toString('base64url'),
      signature,
    ].join('.')
    expect((await server.api('/api/session', { token: tampered })).status).toBe(401)

    const shortLived = await (await import('../helpers/server.ts')).newServer({ SESSION_TTL_HOURS: '0.0001' })
    try {
      const room = await shortLived.createRoom()
      const { token: expiring } = await shortLived.join(room.invites.participant, 'Anna')
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect((await shortLived.api('/api/session', { token: expiring })).status).toBe(401)
    } finally {
      await shortLived.close()
    }
  })

  it('serves the affiliations: five capitals, the secretariat and experts, with slug ids', async () => {
    const { body } = await server.api('/api/config')
    expect(body.affiliations.map((a: { id: string }) => a.id)).toEqual([
      'stockholm',
      'oslo',
      'helsinki',
      'copenhagen',
      'reykjavik',
      'secretariat',
      'expert',
    ])
    expect(body.tldrawLicenseKey).toBeNull()
  })

  it('answers unknown API routes with a JSON 404', async () => {
    expect(await server.api('/api/nothing-here')).toMatchObject({ status: 404, body: { error: 'not_found' } })
  })
})
