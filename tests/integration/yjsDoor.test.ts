/**
 * The y-websocket door (/yjs): a stock WebsocketProvider reads and writes a board beside Hocuspocus
 * providers, under the same rules. Refused writes are checked with barriers: a later message of the
 * same connection (its awareness) or a later allowed write must arrive first.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { RECORDS_KEY } from '../../shared/board/schema.ts'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import type { Role } from '../../shared/schema/room.ts'
import { randomBytes } from '../helpers/rawSocket.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, serverPerFile } from '../helpers/server.ts'
import { newYjsClient, yjsUrl, type YjsClient } from '../helpers/yjsClient.ts'

const ctx = serverPerFile({ MAX_MESSAGE_BYTES: '262144' })
const clients: YjsClient[] = []
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

async function yjs(roomId: string, token: string, opts: { waitForSync?: boolean; kind?: 'board' | 'control' } = {}) {
  const client = await newYjsClient(yjsUrl(ctx.server.wsUrl), roomId, opts.kind ?? 'board', token, opts)
  clients.push(client)
  return client
}

async function room(...members: [Role, string][]) {
  const { room, invites } = await ctx.server.createRoom()
  const joined = []
  for (const [role, name] of members) joined.push(await ctx.server.join(invites[role], name, 'oslo'))
  return { roomId: room.id, board: documentName(room.id, 'board'), members: joined }
}

/** The board as the server holds it (what is stored and what is sent on). */
function serverRecords(roomId: string): Y.Map<any> {
  return ctx.server.collab.hocuspocus.documents.get(documentName(roomId, 'board'))!.getMap(RECORDS_KEY)
}

/** Sets an awareness marker on `client`; resolves once `watcher` sees it (so everything sent before it was handled). */
async function barrier(client: YjsClient, watcherStates: () => Map<number, any>, marker: string) {
  client.provider.awareness.setLocalStateField('marker', marker)
  await eventually(() => expect(watcherStates().get(client.doc.clientID)?.marker).toBe(marker))
}

describe('the y-websocket door', () => {
  it('a WebsocketProvider and a HocuspocusProvider see each other’s ideas, and presence carries the server’s user', async () => {
    const { roomId, board, members } = await room(['participant', 'Yrsa'], ['participant', 'Hugo'])
    const [yrsa, hugo] = members
    const y = await yjs(roomId, yrsa.token)
    const h = await ctx.connect(hugo.token, board)

    y.records.set('shape:from-y', noteRecord('from-y', 'Idea through y-websocket'))
    h.records.set('shape:from-h', noteRecord('from-h', 'Idea through Hocuspocus', 300))
    await eventually(() => expect(h.records.get('shape:from-y')).toMatchObject({ typeName: 'shape', type: 'note' }), {
      timeout: 1000,
    })
    await eventually(() => expect(y.records.get('shape:from-h')).toMatchObject({ typeName: 'shape', type: 'note' }), {
      timeout: 1000,
    })
    expect(serverRecords(roomId).get('shape:from-y')).toBeDefined()

    // The client claims to be someone else; the server sets `user` from the token.
    y.provider.awareness.setLocalStateField('user', {
      id: 'forged',
      name: 'Forged',
      city: 'nowhere',
      role: 'facilitator',
      color: '#000',
    })
    await eventually(() =>
      expect(h.provider.awareness!.getStates().get(y.doc.clientID)?.user).toMatchObject({
        id: yrsa.participant.id,
        name: 'Yrsa',
        city: 'oslo',
        role: 'participant',
      }),
    )
  })

  it('an observer’s write reaches no one and is not stored; the observer keeps reading', async () => {
    const { roomId, board, members } = await room(['observer', 'Olle'], ['participant', 'Pia'])
    const [olle, pia] = members
    const observer = await yjs(roomId, olle.token)
    const writer = await ctx.connect(pia.token, board)
    const watcher = await yjs(roomId, pia.token)

    observer.records.set('shape:observed', noteRecord('observed', 'Observers do not write'))
    await barrier(observer, () => watcher.provider.awareness.getStates(), 'after-observer-write')
    writer.records.set('shape:later', noteRecord('later', 'A later allowed write'))
    await eventually(() => expect(watcher.records.get('shape:later')).toBeDefined())
    await eventually(() => expect(observer.records.get('shape:later')).toBeDefined())

    expect(watcher.records.get('shape:observed')).toBeUndefined()
    expect(writer.records.get('shape:observed')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:observed')).toBeUndefined()
    expect(observer.events.closed).toEqual([])
    expect(observer.provider.wsconnected).toBe(true)
  })

  it('a participant’s write while the board is locked reaches no one and is not stored', async () => {
    const { roomId, board, members } = await room(['facilitator', 'Fia'], ['participant', 'Sven'])
    const [fia, sven] = members
    const control = await ctx.connect(fia.token, documentName(roomId, 'control'))
    const facilitator = await ctx.connect(fia.token, board)
    const participant = await yjs(roomId, sven.token)
    const watcher = await yjs(roomId, fia.token)
    control.doc.getMap(CONTROL_KEY).set('locked', true)
    await eventually(async () => expect((await ctx.server.collab.readControl(roomId)).locked).toBe(true))

    participant.records.set('shape:while-locked', noteRecord('while-locked', 'Should not land'))
    await barrier(participant, () => watcher.provider.awareness.getStates(), 'after-locked-write')
    facilitator.records.set('shape:facilitator', noteRecord('facilitator', 'The facilitator keeps editing'))
    await eventually(() => expect(watcher.records.get('shape:facilitator')).toBeDefined())
    await eventually(() => expect(participant.records.get('shape:facilitator')).toBeDefined())

    expect(watcher.records.get('shape:while-locked')).toBeUndefined()
    expect(facilitator.records.get('shape:while-locked')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:while-locked')).toBeUndefined()
    expect(participant.events.closed).toEqual([])
  })

  it('a closed room is read-only through the door too', async () => {
    const { roomId, board, members } = await room(['participant', 'Pia'], ['facilitator', 'Fia'])
    const [pia, fia] = members
    const participant = await yjs(roomId, pia.token)
    const watcher = await ctx.connect(fia.token, board)
    const closed = await ctx.server.api(`/api/rooms/${roomId}/close`, { method: 'POST', token: ctx.server.adminToken })
    expect(closed.status).toBe(200)

    participant.records.set('shape:after-close', noteRecord('after-close', 'Written after the room closed'))
    await barrier(participant, () => watcher.provider.awareness!.getStates(), 'after-closed-write')
    expect(watcher.records.get('shape:after-close')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:after-close')).toBeUndefined()
    expect(participant.events.closed).toEqual([])
  })

  it('a participant’s invalid record closes the connection with 4422 and is neither stored nor relayed', async () => {
    const { roomId, board, members } = await room(['participant', 'Mallory'], ['participant', 'Hugo'])
    const [mallory, hugo] = members
    const faulty = await yjs(roomId, mallory.token)
    const honest = await ctx.connect(hugo.token, board)
    const watcher = await yjs(roomId, hugo.token)

    const bad = noteRecord('bad', 'x') as any
    bad.props.richText = 42
    faulty.records.set('shape:bad', bad)
    await eventually(() => expect(faulty.events.closed).toContainEqual({ code: 4422, reason: 'invalid-record' }))
    honest.records.set('shape:after-bad', noteRecord('after-bad', 'A later allowed write'))
    await eventually(() => expect(watcher.records.get('shape:after-bad')).toBeDefined())

    expect(watcher.records.get('shape:bad')).toBeUndefined()
    expect(honest.records.get('shape:bad')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:bad')).toBeUndefined()
    expect(faulty.provider.shouldConnect).toBe(false) // 44xx: y-websocket does not reconnect and resend
  })

  it('refuses a bad, an expired and another room’s token with permission denied and 4403, and sends no document data', async () => {
    const { roomId, members } = await room(['participant', 'Anna'])
    const other = await room(['participant', 'Otto'])
    const shortLived = await newServer({ SESSION_TTL_HOURS: '0.0001' })
    try {
      const expiring = await shortLived.createRoom()
      const { token: expired } = await shortLived.join(expiring.invites.participant, 'Late')
      await new Promise((resolve) => setTimeout(resolve, 1500)) // the token's lifetime is 0.36 s

      const refused = [
        { client: await yjs(roomId, 'not-a-token', { waitForSync: false }), reason: 'invalid-token' },
        { client: await yjs(roomId, other.members[0].token, { waitForSync: false }), reason: 'wrong-room' },
        { client: await yjs('no-such-room', members[0].token, { waitForSync: false }), reason: 'wrong-room' },
        {
          client: await newYjsClient(yjsUrl(shortLived.wsUrl), expiring.room.id, 'board', expired, {
            waitForSync: false,
          }),
          reason: 'invalid-token',
        },
      ]
      clients.push(refused[3].client)
      for (const { client, reason } of refused) {
        await eventually(() => expect(client.events.closed).toEqual([{ code: 4403, reason }]))
        expect(client.events.denied).toEqual([reason])
        expect(client.provider.shouldConnect).toBe(false)
        expect(client.provider.synced).toBe(false)
        expect(client.doc.store.clients.size).toBe(0) // not one item of the board reached it
      }
    } finally {
      await shortLived.close()
    }
  })

  it('refuses a path that names no document, and a foreign origin', async () => {
    const { roomId, members } = await room(['participant', 'Anna'])
    const client = await newYjsClient(yjsUrl(ctx.server.wsUrl), roomId, 'nothing' as 'board', members[0].token, {
      waitForSync: false,
    })
    clients.push(client)
    await eventually(() => expect(client.events.closed).toEqual([{ code: 4403, reason: 'unknown-document' }]))

    const foreign = new WebSocket(`${yjsUrl(ctx.server.wsUrl)}/${roomId}/board?token=${members[0].token}`, {
      headers: { origin: 'https://evil.example' },
    })
    foreign.on('error', () => {}) // terminate() below reports the aborted handshake as an error
    const status = await new Promise<number | undefined>((resolve) => {
      foreign.on('unexpected-response', (request, response) => {
        resolve(response.statusCode)
        request.destroy()
      })
      foreign.on('open', () => resolve(undefined))
    })
    foreign.terminate()
    expect(status).toBe(403)
  })

  it('closes a message over MAX_MESSAGE_BYTES with 4413, and a frame that is no y-websocket message with 4400', async () => {
    const { roomId, members } = await room(['participant', 'Anna'])
    const url = `${yjsUrl(ctx.server.wsUrl)}/${roomId}/board?token=${members[0].token}`
    const big = await rawSocket(url)
    big.socket.send(new Uint8Array(300_000))
    expect(await big.closed).toEqual({ code: 4413, reason: 'message-too-big' })
    const odd = await rawSocket(url)
    odd.socket.send(Uint8Array.of(5, 0)) // a Hocuspocus stateless message: not y-websocket's
    expect(await odd.closed).toEqual({ code: 4400, reason: 'malformed-message' })
  })

  it('cuts off a flooding y-websocket connection with 4429 while the others go on', async () => {
    const limited = await newServer({ MAX_MESSAGES_PER_SECOND: '50' })
    try {
      const { room, invites } = await limited.createRoom()
      const flooderToken = (await limited.join(invites.participant, 'Flood', 'oslo')).token
      const honestToken = (await limited.join(invites.participant, 'Pia', 'oslo')).token
      const honest = await newYjsClient(yjsUrl(limited.wsUrl), room.id, 'board', honestToken)
      clients.push(honest)
      const flooder = await rawSocket(`${yjsUrl(limited.wsUrl)}/${room.id}/board?token=${flooderToken}`)
      const awareness = yMessage(1, (e) => encoding.writeVarUint8Array(e, Uint8Array.of(0)))
      for (let i = 0; i < 3000 && flooder.socket.readyState === WebSocket.OPEN; i++) flooder.socket.send(awareness)
      expect(await flooder.closed).toEqual({ code: 4429, reason: 'rate-limited' })
      const watcher = await newYjsClient(yjsUrl(limited.wsUrl), room.id, 'board', flooderToken)
      clients.push(watcher)
      honest.records.set('shape:during-flood', noteRecord('during-flood', 'Still working'))
      await eventually(() => expect(watcher.records.get('shape:during-flood')).toBeDefined())
      expect(honest.events.closed).toEqual([])
    } finally {
      await limited.close()
    }
  })

  it('survives 2,000 malformed y-websocket frames, and the others keep working', async () => {
    const { roomId, board, members } = await room(
      ['participant', 'Mallory'],
      ['participant', 'Hugo'],
      ['participant', 'Yrsa'],
    )
    const [mallory, hugo, yrsa] = members
    const honest = await ctx.connect(hugo.token, board)
    const y = await yjs(roomId, yrsa.token)
    honest.records.set('shape:before', noteRecord('before', 'Before the fuzz'))
    await honest.acknowledged()
    const before = JSON.stringify(serverRecords(roomId).toJSON())

    const random = randomBytes(20261202)
    const valid = Y.encodeStateAsUpdate(honest.doc)
    let sent = 0
    const closes: number[] = []
    // 11 rounds authenticate (each sends all 200 frames before the first one is refused); 2 do not.
    for (let round = 0; round < 13; round++) {
      const token = round % 5 === 4 ? 'no-token' : mallory.token
      const attacker = await rawSocket(`${yjsUrl(ctx.server.wsUrl)}/${roomId}/board?token=${token}`)
      for (let i = 0; i < 200; i++) {
        const kind = (round * 200 + i) % 6
        const bytes =
          kind === 0
            ? random(1 + (i % 64)) // noise
            : kind === 1
              ? yMessage(0, (e) => {
                  encoding.writeVarUint(e, 2)
                  encoding.writeVarUint8Array(e, random(1 + (i % 200)))
                }) // an update of garbage
              : kind === 2
                ? yMessage(0, (e) => {
                    encoding.writeVarUint(e, 2)
                    encoding.writeVarUint8Array(e, valid.subarray(0, i % valid.length))
                  }) // truncated
                : kind === 3
                  ? yMessage(1, (e) => encoding.writeVarUint8Array(e, random(1 + (i % 40)))) // awareness of garbage
                  : kind === 4
                    ? yMessage(0, (e) => encoding.writeVarUint(e, 3 + (i % 5))) // an unknown sync step
                    : new Uint8Array(0) // empty
        if (attacker.socket.readyState === WebSocket.OPEN) {
          attacker.socket.send(bytes)
          sent++
        }
      }
      closes.push((await attacker.closed).code)
    }
    console.log(
      `y-websocket fuzz: ${sent} malformed frames over 13 connections; closes ${[...new Set(closes)].join(', ')}`,
    )
    expect(sent).toBeGreaterThanOrEqual(2000)
    expect(closes.every((code) => code >= 4400 && code < 4500)).toBe(true)
    expect(JSON.stringify(serverRecords(roomId).toJSON())).toBe(before)

    expect((await ctx.server.api('/api/health')).body).toMatchObject({ ok: true })
    y.records.set('shape:after-y', noteRecord('after-y', 'Still working through y-websocket'))
    honest.records.set('shape:after-h', noteRecord('after-h', 'Still working through Hocuspocus'))
    await eventually(() => expect(honest.records.get('shape:after-y')).toBeDefined())
    await eventually(() => expect(y.records.get('shape:after-h')).toBeDefined())
    expect(y.events.closed).toEqual([])
  })

  it('scripts/yjs-export.ts prints the ideas of a board as JSON', async () => {
    const { roomId, board, members } = await room(['participant', 'Hugo'])
    const writer = await ctx.connect(members[0].token, board)
    writer.records.set('shape:cluster', frameRecord('cluster', 'Youth', 0, 0))
    writer.records.set(
      'shape:inside',
      noteRecord('inside', 'Mentors for young people', 100, 100, { kind: 'challenge' }),
    )
    writer.records.set(
      'shape:outside',
      noteRecord('outside', 'Street lights', 2000, 2000, { kind: 'next-step', city: 'oslo', ownerCity: 'oslo' }),
    )
    await writer.acknowledged()

    const script = path.resolve(import.meta.dirname, '../../scripts/yjs-export.ts')
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--experimental-strip-types',
      '--no-warnings',
      script,
      '--url',
      yjsUrl(ctx.server.wsUrl),
      '--room',
      roomId,
      '--token',
      members[0].token,
    ])
    const ideas = JSON.parse(stdout).ideas.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))
    expect(ideas).toEqual([
      {
        id: 'shape:inside',
        kind: 'challenge',
        text: 'Mentors for young people',
        city: null,
        ownerCity: null,
        cluster: 'Youth',
      },
      { id: 'shape:outside', kind: 'next-step', text: 'Street lights', city: 'oslo', ownerCity: 'oslo', cluster: null },
    ])

    // Refused: exit 1 with the reason on stderr, nothing on stdout.
    const refused = await promisify(execFile)(process.execPath, [
      '--experimental-strip-types',
      '--no-warnings',
      script,
      '--url',
      yjsUrl(ctx.server.wsUrl),
      '--room',
      roomId,
      '--token',
      'not-a-token',
    ]).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect(refused).toMatchObject({ code: 1, stdout: '' })
    expect(refused!.stderr).toContain('permission denied: invalid-token')
  })
})

function yMessage(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

async function rawSocket(url: string) {
  const socket = new WebSocket(url)
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.on('error', reject) // later errors (a reset while still sending) end in 'close' all the same
  })
  await opened
  return { socket, closed }
}
