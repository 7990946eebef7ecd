/**
 * Bad input and attacks: fuzzed and malformed messages, oversized messages and documents, floods,
 * forged broadcasts and foreign origins. Each time the server stays up, the attacker is cut off,
 * and the other participants keep working with their documents unchanged.
 */
import http from 'node:http'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { authFrame, frame, MessageType, openRawSocket, randomBytes, syncFrame } from '../helpers/rawSocket.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

/** Hocuspocus's message type for "this document's connection is closed" (MessageType.CLOSE). */
const CLOSE_MESSAGE = 7

const servers: TestServer[] = []
const opened: Participant[] = []
afterEach(() => {
  for (const p of opened.splice(0)) p.destroy()
})
afterAll(async () => {
  for (const server of servers) await server.close()
})

async function setUp(env: Record<string, string> = {}) {
  const server = await newServer(env)
  servers.push(server)
  const { room, invites } = await server.createRoom()
  const board = documentName(room.id, 'board')
  const honest = await server.join(invites.participant, 'Honest', 'oslo')
  const attacker = await server.join(invites.participant, 'Mallory', 'oslo')
  const participant = await newParticipant(server.wsUrl, board, honest.token)
  opened.push(participant)
  return { server, roomId: room.id, board, participant, attackerToken: attacker.token, invites }
}

/** The honest participant still edits and sees the edit stored. */
async function stillWorks(server: TestServer, participant: Participant, board: string, id: string) {
  participant.records.set(`shape:${id}`, noteRecord(id, 'still working'))
  await participant.acknowledged()
  expect(server.collab.hocuspocus.documents.get(board)!.getMap('records').get(`shape:${id}`)).toBeDefined()
  expect((await server.api('/api/health')).body).toEqual({ ok: true, tldrawLicenseKey: 'missing' })
}

describe('attacks', () => {
  it('survives thousands of random, truncated and malformed messages and invalid Yjs updates', async () => {
    const { server, board, participant, attackerToken } = await setUp()
    const before = JSON.stringify(server.collab.hocuspocus.documents.get(board)!.getMap('records').toJSON())
    const random = randomBytes(20261124)
    let sent = 0
    const closes: number[] = []
    for (let round = 0; round < 12; round++) {
      const attacker = await openRawSocket(server.wsUrl)
      if (round % 3 !== 0) attacker.send(authFrame(board, attackerToken))
      const valid = Y.encodeStateAsUpdate(new Y.Doc()) // a well-formed base to truncate and flip
      for (let i = 0; i < 500; i++) {
        const kind = (round * 500 + i) % 5
        const bytes =
          kind === 0
            ? random(1 + (i % 64)) // pure noise
            : kind === 1
              ? syncFrame(board, random(1 + (i % 200))) // a sync update of garbage
              : kind === 2
                ? frame(board, (e) => encoding.writeUint8Array(e, random(8))) // a document frame with junk
                : kind === 3
                  ? syncFrame(board, valid.subarray(0, i % valid.length)) // truncated updates
                  : frame(board, () => {}).subarray(0, 1 + (i % 3)) // truncated headers
        if (attacker.send(bytes)) sent++
      }
      closes.push((await attacker.closed).code)
    }
    console.log(
      `fuzz: ${sent} malformed messages sent over 12 connections; close codes ${[...new Set(closes)].join(', ')}`,
    )
    expect(sent).toBeGreaterThan(1000)
    // Every connection was refused by the server with one of our close codes, none dropped abnormally (1006).
    expect(closes.filter((code) => code < 4000 || code >= 5000)).toEqual([])
    expect(JSON.stringify(server.collab.hocuspocus.documents.get(board)!.getMap('records').toJSON())).toBe(before)
    await stillWorks(server, participant, board, 'after-fuzz')
  })

  it("refuses an update that waits for someone else's next edit, so it is never checked as theirs", async () => {
    const { server, board, participant, attackerToken } = await setUp()
    participant.records.set('shape:target', noteRecord('target', 'Mentors for young people'))
    await participant.acknowledged()
    // The honest participant's next edit of the note, foreseen: same client id, next clock.
    const foreseen = new Y.Doc()
    foreseen.clientID = participant.doc.clientID
    Y.applyUpdate(foreseen, Y.encodeStateAsUpdate(participant.doc))
    foreseen.getMap('records').set('shape:target', noteRecord('target', 'Mentors for young people', 10))
    // Mallory's value for the same note, placed after that edit: without it, Yjs keeps it waiting.
    const forged = new Y.Doc()
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(foreseen))
    forged.getMap('records').set('shape:target', noteRecord('target', 'forged'))
    const waiting = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(foreseen))

    const attacker = await openRawSocket(server.wsUrl)
    attacker.send(authFrame(board, attackerToken))
    attacker.send(syncFrame(board, waiting))
    expect((await attacker.closed).code).toBe(4422)

    participant.records.set('shape:target', noteRecord('target', 'Mentors for young people', 10))
    await participant.acknowledged()
    const stored = server.collab.hocuspocus.documents.get(board)!.getMap('records').get('shape:target') as {
      props: { richText: unknown }
    }
    expect(JSON.stringify(stored.props.richText)).not.toContain('forged')
    expect(JSON.stringify(stored.props.richText)).toContain('Mentors for young people')
    await stillWorks(server, participant, board, 'after-waiting-update')
  })

  it('refuses an oversized message with 1009 and an oversized document with 4413', async () => {
    const { server, board, participant, attackerToken } = await setUp({
      MAX_MESSAGE_BYTES: '65536',
      MAX_DOCUMENT_BYTES: '200000',
    })
    const big = await openRawSocket(server.wsUrl)
    big.send(authFrame(board, attackerToken))
    big.send(syncFrame(board, new Uint8Array(100_000)))
    expect((await big.closed).code).toBe(1009)

    // Another room's board fills up: its writer is refused, everyone else goes on.
    const other = await server.createRoom()
    const { token } = await server.join(other.invites.participant, 'Grower', 'oslo')
    const grower = await newParticipant(server.wsUrl, documentName(other.room.id, 'board'), token)
    opened.push(grower)
    for (let i = 0; i < 200 && !grower.events.closed.length; i++) {
      grower.records.set(`shape:big${i}`, noteRecord(`big${i}`, `${i} ${'x'.repeat(1900)}`))
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await eventually(() => expect(grower.events.closed).toContainEqual({ code: 4413, reason: 'document-too-large' }))
    await stillWorks(server, participant, board, 'after-growth')
  })

  it('does not count moves as growth: a board edited for long stays under the cap', async () => {
    const { server, board, participant } = await setUp({ MAX_DOCUMENT_BYTES: '60000' })
    // Each move carries a long text, so the moves' bytes together are many times the cap.
    const text = 'a note moved about the board, again and again. '.repeat(30)
    for (let i = 0; i < 300; i++) participant.records.set('shape:mover', noteRecord('mover', text, i, i))
    // 300 checked updates: on a loaded 2-core machine this takes longer than acknowledged()'s default 10 s.
    await participant.acknowledged(30_000)
    expect(participant.events.closed).toEqual([])
    await stillWorks(server, participant, board, 'after-moves')
  })

  it('slows, then cuts off, a flood from one connection without affecting others on the same address', async () => {
    const { server, board, participant, attackerToken } = await setUp({ MAX_MESSAGES_PER_SECOND: '50' })
    const flooder = await openRawSocket(server.wsUrl)
    flooder.send(authFrame(board, attackerToken))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const awareness = frame(board, (e) => encoding.writeVarUint(e, MessageType.Awareness))
    for (let i = 0; i < 3000; i++)
      flooder.send(i % 2 ? awareness : syncFrame(board, Y.encodeStateAsUpdate(new Y.Doc()), 2))
    const started = Date.now()
    participant.records.set('shape:during-flood', noteRecord('during-flood', 'honest edit during the flood'))
    await participant.acknowledged()
    // The honest edit is acknowledged during the flood (acknowledged() gives up after 10 s); how long it took
    // is a figure, not an assertion, since a loaded 2-core machine can stretch it.
    console.log(`flood: an honest edit was acknowledged in ${Date.now() - started} ms during the flood`)
    expect((await flooder.closed).code).toBe(4429)
    await stillWorks(server, participant, board, 'after-flood')
  })

  it('refuses a client-sent broadcast', async () => {
    const { server, board, participant, attackerToken } = await setUp()
    const received: string[] = []
    participant.provider.on('stateless', ({ payload }: { payload: string }) => received.push(payload))
    const forger = await openRawSocket(server.wsUrl)
    forger.send(authFrame(board, attackerToken))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const refusal = new Promise<void>((resolve) =>
      forger.socket.addEventListener('message', ({ data }) => {
        const decoder = decoding.createDecoder(new Uint8Array(data as ArrayBuffer))
        if (decoding.readVarString(decoder) === board && decoding.readVarUint(decoder) === CLOSE_MESSAGE) resolve()
      }),
    )
    forger.send(
      frame(board, (e) => {
        encoding.writeVarUint(e, MessageType.BroadcastStateless)
        encoding.writeVarString(e, '{"fake":"announcement"}')
      }),
    )
    // Hocuspocus refuses the opcode by closing the forger's connection to the board (a Close message for
    // that document): once it arrives, the forged message was handled, and it reached no one.
    await refusal
    expect(received).toEqual([])
    await stillWorks(server, participant, board, 'after-broadcast')
  })

  it('refuses WebSocket upgrades from another origin and sets security headers', async () => {
    const { server } = await setUp()
    const upgrade = (origin: string) =>
      new Promise<number>((resolve) => {
        const request = http.request(`http://127.0.0.1:${server.port}/collab`, {
          headers: {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
            Origin: origin,
          },
        })
        request.on('upgrade', (_res, socket) => {
          socket.destroy()
          resolve(101)
        })
        request.on('response', (res) => resolve(res.statusCode ?? 0))
        request.end()
      })
    expect(await upgrade('http://evil.example')).toBe(403)
    expect(await upgrade(`http://127.0.0.1:${server.port}`)).toBe(101)

    const response = await fetch(`${server.url}/api/health`)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('limits joins from one address', async () => {
    const { server, invites } = await setUp({ JOINS_PER_MINUTE: '5' })
    const statuses = []
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await server.api('/api/join', { body: { invite: invites.participant.oslo, name: `P${i}`, city: 'oslo' } }))
          .status,
      )
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
  })
})
