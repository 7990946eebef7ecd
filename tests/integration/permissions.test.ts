/**
 * The permission matrix: every role × every document × own room / other room, and every endpoint
 * × every kind of caller. What must be refused is refused, and refused writes change nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'
import { newYjsClient, yjsUrl, type YjsClient } from '../helpers/yjsClient.ts'

type Role = 'facilitator' | 'participant' | 'observer'
const ROLES: Role[] = ['facilitator', 'participant', 'observer']

let server: TestServer
let own: { roomId: string; tokens: Record<Role, string> }
let other: { roomId: string }
const opened: Participant[] = []

beforeAll(async () => {
  server = await newServer()
  const a = await server.createRoom({ title: 'Own room' })
  const b = await server.createRoom({ title: 'Other room' })
  const tokens = {} as Record<Role, string>
  for (const role of ROLES) tokens[role] = (await server.join(a.invites[role], `A ${role}`, 'helsinki')).token
  own = { roomId: a.room.id, tokens }
  other = { roomId: b.room.id }
})
afterEach(() => {
  for (const p of opened.splice(0)) p.destroy()
})
afterAll(() => server.close())

const mayWrite: Record<'board' | 'control' | 'presence', Role[]> = {
  board: ['facilitator', 'participant'],
  control: ['facilitator'],
  presence: [],
}

describe('documents', () => {
  for (const kind of ['board', 'control', 'presence'] as const) {
    for (const role of ROLES) {
      it(`${role} on ${kind}: ${mayWrite[kind].includes(role) ? 'reads and writes' : 'reads only'} in its room, nothing in another`, async () => {
        const name = documentName(own.roomId, kind)
        const client = await newParticipant(server.wsUrl, name, own.tokens[role])
        opened.push(client)
        const key = `${role}-${kind}`
        if (kind !== 'control') client.records.set(`shape:${key}`, noteRecord(key, key))
        else client.doc.getMap(CONTROL_KEY).set('phase', ROLES.indexOf(role) + 1)
        // A refused write is ignored, not answered: wait instead for a later allowed write (a facilitator's)
        // to be acknowledged and seen by this client, so its own write was certainly handled before.
        const barrier = await newParticipant(server.wsUrl, name, own.tokens.facilitator)
        opened.push(barrier)
        let barrierSeen = false
        client.doc.getMap(kind === 'board' ? 'records' : CONTROL_KEY).observe((event) => {
          if (event.keysChanged.has(kind === 'board' ? `shape:barrier-${key}` : 'locked')) barrierSeen = true
        })
        if (kind === 'presence') {
          // Nobody writes the presence document: the barrier is this client's own later awareness message.
          client.provider.setAwarenessField('barrier', key)
          await eventually(() =>
            expect(barrier.provider.awareness!.getStates().get(client.doc.clientID)?.barrier).toBe(key),
          )
        } else {
          if (kind === 'board') barrier.records.set(`shape:barrier-${key}`, noteRecord(`barrier-${key}`, 'later'))
          else barrier.doc.getMap(CONTROL_KEY).set('locked', false)
          await barrier.acknowledged()
          await eventually(() => expect(barrierSeen).toBe(true))
        }
        const stored = server.collab.hocuspocus.documents.get(name)!
        const landed =
          kind !== 'control'
            ? stored.getMap('records').has(`shape:${key}`)
            : stored.getMap(CONTROL_KEY).get('phase') === ROLES.indexOf(role) + 1
        expect(landed).toBe(mayWrite[kind].includes(role))

        const intruder = await newParticipant(server.wsUrl, documentName(other.roomId, kind), own.tokens[role], {
          waitForSync: false,
        })
        opened.push(intruder)
        await eventually(() => expect(intruder.events.authFailed).toContain('wrong-room'))
      })
    }
  }

  it('refuses tokens that are tampered with, signed with another key, or not tokens', async () => {
    const [header, payload] = own.tokens.observer.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    const promoted = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'facilitator' })).toString('base64url')}.${own.tokens.observer.split('.')[2]}`
    const foreignServer = await newServer()
    try {
      const foreignRoom = await foreignServer.createRoom()
      const foreign = (await foreignServer.join(foreignRoom.invites.facilitator, 'F', 'oslo')).token
      for (const token of [promoted, foreign, 'garbage', '']) {
        const client = await newParticipant(server.wsUrl, documentName(own.roomId, 'control'), token, {
          waitForSync: false,
        })
        opened.push(client)
        await eventually(() => expect(client.events.authFailed.length).toBeGreaterThan(0))
      }
    } finally {
      await foreignServer.close()
    }
  })
})

describe('documents through the y-websocket door (/yjs): the same rules', () => {
  const yjsClients: YjsClient[] = []
  afterEach(() => {
    for (const client of yjsClients.splice(0)) client.destroy()
  })
  for (const kind of ['board', 'control'] as const) {
    for (const role of ROLES) {
      it(`${role} on ${kind}: ${mayWrite[kind].includes(role) ? 'reads and writes' : 'reads only'} in its room, nothing in another`, async () => {
        const watcher = await newParticipant(server.wsUrl, documentName(own.roomId, kind), own.tokens.facilitator)
        opened.push(watcher)
        const client = await newYjsClient(yjsUrl(server.wsUrl), own.roomId, kind, own.tokens[role])
        yjsClients.push(client)
        const key = `yjs-${role}-${kind}`
        if (kind === 'board') client.records.set(`shape:${key}`, noteRecord(key, key))
        else client.doc.getMap(CONTROL_KEY).set('phases', [key])
        // Barrier: the same connection's next message (its presence) has been handled and relayed.
        client.provider.awareness.setLocalStateField('marker', key)
        await eventually(() =>
          expect(watcher.provider.awareness!.getStates().get(client.doc.clientID)?.marker).toBe(key),
        )
        const stored = server.collab.hocuspocus.documents.get(documentName(own.roomId, kind))!
        const landed =
          kind === 'board'
            ? stored.getMap('records').has(`shape:${key}`)
            : (stored.getMap(CONTROL_KEY).get('phases') as string[] | undefined)?.[0] === key
        expect(landed).toBe(mayWrite[kind].includes(role))

        const intruder = await newYjsClient(yjsUrl(server.wsUrl), other.roomId, kind, own.tokens[role], {
          waitForSync: false,
        })
        yjsClients.push(intruder)
        await eventually(() => expect(intruder.events.closed).toEqual([{ code: 4403, reason: 'wrong-room' }]))
      })
    }
  }
})

describe('endpoints', () => {
  const callers = [
    'anonymous',
    'admin',
    'secretariat',
    'facilitator',
    'participant',
    'observer',
    'facilitator of another room',
  ] as const
  type Caller = (typeof callers)[number]
  let otherFacilitator: string
  let secretariat: string
  const ids = { snapshot: '', entry: '', step: '', waiting: '' }
  beforeAll(async () => {
    const b = await server.createRoom({ title: 'Third room' })
    otherFacilitator = (await server.join(b.invites.facilitator, 'B facilitator', 'oslo')).token
    const { invites } = (await server.api(`/api/rooms/${own.roomId}`, { token: server.adminToken })).body.room
    secretariat = (await server.join(invites.secretariat, 'A secretariat', 'secretariat')).token
    // Something to snapshot, distil, review and sign off: a cluster with a solution, a Helsinki next step.
    const board = await newParticipant(server.wsUrl, documentName(own.roomId, 'board'), own.tokens.facilitator)
    opened.push(board)
    board.records.set('shape:cluster', frameRecord('cluster', 'Families', 0, 0, 800, 500))
    board.records.set('shape:solution', {
      ...noteRecord('solution', 'A helpline', 20, 20, { kind: 'solution' }),
      parentId: 'shape:cluster',
    })
    board.records.set(
      'shape:step',
      noteRecord('step', 'Map support', 0, 700, { kind: 'next-step', ownerCity: 'helsinki' }),
    )
    await board.acknowledged()
    const snapshot = await server.api(`/api/rooms/${own.roomId}/snapshots`, {
      token: server.adminToken,
      body: { name: 'Matrix' },
    })
    const distilled = await server.api(`/api/snapshots/${snapshot.body.id}/distill`, {
      token: server.adminToken,
      body: {},
    })
    ids.snapshot = snapshot.body.id
    ids.entry = distilled.body.entries[0].id
    ids.step = distilled.body.nextSteps[0].id
    await server.api(`/api/rooms/${own.roomId}`, {
      method: 'PATCH',
      token: server.adminToken,
      body: { admission: 'lobby' },
    })
    ids.waiting = (await server.join(invites.participant, 'Waiting', 'oslo')).participant.id
  })
  const tokenOf = (caller: Caller) =>
    caller === 'anonymous'
      ? undefined
      : caller === 'admin'
        ? server.adminToken
        : caller === 'secretariat'
          ? secretariat
          : caller === 'facilitator of another room'
            ? otherFacilitator
            : own.tokens[caller]

  // Status by caller; a request that passes authorization may still fail validation or find nothing
  // (400/404/409), which is fine here: refusals are 401 and 403 only.
  const allowed = (status: number) => status < 400 || status === 400 || status === 404 || status === 409
  const members: Caller[] = ['admin', 'secretariat', 'facilitator', 'participant', 'observer']
  const signedIn: Caller[] = [...members, 'facilitator of another room']
  const matrix: [string, string, unknown, Caller[]][] = [
    ['GET', '/api/rooms', undefined, ['admin']],
    ['POST', '/api/rooms', {}, ['admin']],
    ['GET', '/api/rooms/:own', undefined, members],
    ['PATCH', '/api/rooms/:own', { admission: 'lobby' }, ['admin', 'secretariat', 'facilitator']],
    ['POST', '/api/rooms/:own/invites/observer', {}, ['admin', 'secretariat']],
    ['POST', '/api/rooms/:own/invites/participant/reykjavik', {}, ['admin', 'secretariat']],
    [
      'POST',
      '/api/rooms/:own/roster',
      { name: 'R', affiliation: 'oslo', role: 'participant' },
      ['admin', 'secretariat'],
    ],
    ['POST', '/api/rooms/:own/roster/csv', { csv: 'R2,oslo,observer' }, ['admin', 'secretariat']],
    ['GET', '/api/rooms/:own/roster', undefined, ['admin', 'secretariat']],
    ['GET', '/api/rooms/:own/lobby', undefined, ['admin', 'secretariat', 'facilitator']],
    ['POST', '/api/rooms/:own/lobby/admit', { city: 'copenhagen' }, ['admin', 'secretariat', 'facilitator']],
    ['POST', '/api/rooms/:own/participants/:waiting/admit', {}, ['admin', 'secretariat', 'facilitator']],
    ['DELETE', '/api/rooms/:own/participants/nobody', undefined, ['admin', 'secretariat', 'facilitator']],
    ['POST', '/api/rooms/:own/snapshots', { name: 'By a caller' }, ['admin', 'secretariat', 'facilitator']],
    ['GET', '/api/rooms/:own/snapshots', undefined, members],
    ['GET', '/api/rooms/:own/list-preview', undefined, ['secretariat', 'facilitator', 'participant', 'observer']],
    ['GET', '/api/snapshots/:snapshot', undefined, members],
    ['POST', '/api/snapshots/:snapshot/distill', {}, ['admin', 'secretariat', 'facilitator']],
    ['GET', '/api/rooms/:own/entries', undefined, members],
    ['PATCH', '/api/entries/:entry', { action: 'approve' }, ['admin', 'secretariat']],
    [
      'PATCH',
      '/api/next-steps/:step',
      { action: 'note', text: 'Progress' },
      ['admin', 'secretariat', 'facilitator', 'participant'],
    ],
    ['GET', '/api/rooms/:own/previous-next-steps', undefined, members],
    ['GET', '/api/cities/helsinki/next-steps', undefined, signedIn],
    ['GET', '/api/publication', undefined, signedIn],
    ['POST', '/api/rooms/:own/timer', { action: 'reset' }, ['facilitator']],
    ['POST', '/api/rooms/:own/cluster-suggestions', {}, ['facilitator']],
    ['POST', '/api/rooms/:own/rounds', { targets: [] }, ['facilitator']],
    ['POST', '/api/rooms/:own/rounds/current/close', {}, ['facilitator']],
    ['POST', '/api/rooms/:own/votes', { targetId: 'x' }, ['secretariat', 'facilitator', 'participant']],
    ['GET', '/api/rooms/:own/votes/mine', undefined, ['secretariat', 'facilitator', 'participant', 'observer']],
    [
      'GET',
      '/api/session',
      undefined,
      ['secretariat', 'facilitator', 'participant', 'observer', 'facilitator of another room'],
    ],
    ['GET', '/api/rooms/:own/participants', undefined, ['admin', 'secretariat']],
    ['GET', '/api/rooms/:own/participants/:participant/export', undefined, ['admin', 'secretariat']],
    ['POST', '/api/rooms/:own/participants/:participant/erase', {}, ['admin', 'secretariat']], // no confirm: 400, nothing erased
    ['PATCH', '/api/rooms/:own', { deleteAfter: 'not a date' }, ['admin', 'secretariat']],
    ['POST', '/api/rooms/:own/purge', {}, ['admin', 'secretariat']], // no confirm: 400, nothing purged
    ['GET', '/api/audit', undefined, ['admin']],
    ['GET', '/api/audit?roomId=:own', undefined, ['admin', 'secretariat']],
  ]
  /** The participant id (`sub`) of a session token. */
  const subOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string
  const fill = (path: string) =>
    path
      .replace(':own', own.roomId)
      .replace(':snapshot', ids.snapshot)
      .replace(':entry', ids.entry)
      .replace(':step', ids.step)
      .replace(':waiting', ids.waiting)
      .replace(':participant', subOf(own.tokens.participant))
  for (const [method, path, body, permitted] of matrix) {
    it(`${method} ${path}: only ${permitted.join(', ')}`, async () => {
      for (const caller of callers) {
        const token = tokenOf(caller)
        // Only the status matters (some answers are files, not JSON).
        const { status } = await fetch(`${server.url}${fill(path)}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        expect(allowed(status), `${caller} got ${status}`).toBe(permitted.includes(caller))
        if (!permitted.includes(caller)) expect([401, 403]).toContain(status)
      }
    })
  }
})
