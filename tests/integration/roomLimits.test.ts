/**
 * Issue 16, section 4: nobody can stall or fill a room. Each attack as it was described: filling the
 * board, unauthenticated sockets, a refusal flood on a 20,000-note board, and one token flooding the
 * REST API. The limits are set low through their environment variables so that the tests stay quick.
 */
import * as encoding from 'lib0/encoding'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseEvents, documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { authFrame, frame, openRawSocket, syncFrame } from '../helpers/rawSocket.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

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
  return { server, roomId: room.id, board, honest, attacker, invites }
}

async function connect(server: TestServer, board: string, token: string, opts?: { waitForSync?: boolean }) {
  const participant = await newParticipant(server.wsUrl, board, token, opts)
  opened.push(participant)
  return participant
}

const closedWith = (p: Participant, reason: string) =>
  eventually(() => expect(p.events.closed.map((e) => e.reason)).toContain(reason))
const stored = (server: TestServer, board: string) =>
  server.collab.hocuspocus.documents.get(board)!.getMap<any>('records')

describe('limits', () => {
  it('one participant cannot fill the board: their quota runs out, everyone else goes on, and deleting is always taken', async () => {
    const { server, board, honest, attacker } = await setUp({ BOARD_QUOTA_RECORDS: '40', BOARD_QUOTA_BYTES: '200000' })
    const other = await connect(server, board, honest.token)
    const filler = await connect(server, board, attacker.token)
    // Twenty notes at a time, each batch acknowledged before the next: the third batch passes the quota.
    for (let batch = 0; batch < 5 && filler.events.closed.length === 0; batch++) {
      filler.doc.transact(() => {
        for (let i = batch * 20; i < (batch + 1) * 20; i++)
          filler.records.set(`shape:fill-${i}`, noteRecord(`fill-${i}`, `filler ${i} ${'x'.repeat(500)}`))
      })
      await filler.acknowledged().catch(() => {})
    }
    await closedWith(filler, CloseEvents.QuotaExceeded.reason)
    filler.destroy() // the test provider would reconnect and resend the refused notes again and again
    expect([...stored(server, board).keys()].filter((k) => k.startsWith('shape:fill-')).length).toBe(40)

    other.records.set('shape:still', noteRecord('still', 'Still writing'))
    await other.acknowledged()
    expect(stored(server, board).get('shape:still')).toBeDefined()

    // Out of quota, the filler may still delete what they wrote.
    const cleaner = await connect(server, board, attacker.token)
    cleaner.doc.transact(() => {
      for (const key of [...cleaner.records.keys()].filter((k) => k.startsWith('shape:fill-')))
        cleaner.records.delete(key)
    })
    await cleaner.acknowledged()
    expect([...stored(server, board).keys()].filter((k) => k.startsWith('shape:fill-'))).toEqual([])
  })

  it('an update that only deletes is taken even at the document cap', async () => {
    const { server, board, honest } = await setUp({ MAX_DOCUMENT_BYTES: '60000' })
    // The board is past its cap (written by the server, as an import or a lowered cap would leave it).
    const seeder = await server.collab.hocuspocus.openDirectConnection(board)
    await seeder.transact((doc) => {
      for (let i = 0; i < 150; i++) doc.getMap('records').set(`shape:n-${i}`, noteRecord(`n-${i}`, 'y'.repeat(600)))
    })
    const writer = await connect(server, board, honest.token)
    writer.records.set('shape:more', noteRecord('more', 'One more'))
    await closedWith(writer, CloseEvents.DocumentTooLarge.reason)

    const deleter = await connect(server, board, honest.token)
    const some = ['shape:n-1', 'shape:n-2', 'shape:n-3']
    deleter.doc.transact(() => {
      for (const key of some) deleter.records.delete(key)
    })
    await deleter.acknowledged()
    for (const key of some) expect(stored(server, board).has(key)).toBe(false)
    await seeder.disconnect()
  })

  it('caps unauthenticated sockets per address, closes those that do not authenticate in time, and caps sockets per token', async () => {
    const { server, board, honest } = await setUp({
      MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS: '5',
      AUTHENTICATION_TIMEOUT_MS: '1500',
      MAX_SOCKETS_PER_TOKEN: '2',
    })
    const idle = await Promise.all(Array.from({ length: 5 }, () => openRawSocket(server.wsUrl)))
    await expect(openRawSocket(server.wsUrl)).rejects.toThrow()
    // Nothing sent: each is closed once the authentication timeout passes, and the address may connect again.
    for (const socket of idle) expect((await socket.closed).code).toBe(CloseEvents.AuthenticationTimeout.code)
    const again = await openRawSocket(server.wsUrl)
    again.socket.close()

    // More than 64 KiB before authenticating closes the socket.
    const chatty = await openRawSocket(server.wsUrl)
    chatty.send(frame(board, (e) => encoding.writeVarUint8Array(e, new Uint8Array(70 * 1024))))
    expect((await chatty.closed).code).not.toBe(CloseEvents.AuthenticationTimeout.code)

    await connect(server, board, honest.token)
    await connect(server, board, honest.token)
    const third = await connect(server, board, honest.token, { waitForSync: false })
    await closedWith(third, CloseEvents.TooManySockets.reason)
  })

  it('a refusal flood on a 20,000-note board: refused cheaply, then the attacker is shut out, and others go on', async () => {
    const { server, board, honest, attacker } = await setUp({
      REFUSALS_BEFORE_SHUT_OUT: '3',
      BOARD_QUOTA_RECORDS: '100000',
      BOARD_QUOTA_BYTES: '100000000',
    })
    const honestBoard = await connect(server, board, honest.token)
    const seeder = await server.collab.hocuspocus.openDirectConnection(board)
    await seeder.transact((doc) => {
      const records = doc.getMap('records')
      for (let i = 0; i < 20_000; i++) records.set(`shape:seed-${i}`, noteRecord(`seed-${i}`, `idea ${i}`, i, i))
    })
    await seeder.disconnect()
    await eventually(() => expect(honestBoard.records.size).toBeGreaterThan(20_000), { timeout: 60_000 })

    // The attack: updates that write outside the records map (each used to cost a full copy of the board).
    const closes: number[] = []
    for (let round = 0; round < 6; round++) {
      const socket = await openRawSocket(server.wsUrl)
      socket.send(authFrame(board, attacker.token))
      // Three different refusals: a text outside the records map, a shared type in it, list content in it.
      const junk = new Y.Doc()
      if (round % 3 === 0) junk.getText('elsewhere').insert(0, `round ${round}`)
      else if (round % 3 === 1) junk.getMap('records').set(`shape:junk-${round}`, new Y.Map())
      else junk.getArray('records').insert(0, [round])
      socket.send(syncFrame(board, Y.encodeStateAsUpdate(junk)))
      closes.push((await socket.closed).code)
    }
    expect(closes.slice(0, 3)).toEqual([4422, 4422, 4422])
    expect(closes.slice(3)).toEqual([CloseEvents.ShutOut.code, CloseEvents.ShutOut.code, CloseEvents.ShutOut.code])

    honestBoard.records.set('shape:after-flood', noteRecord('after-flood', 'Still here'))
    await honestBoard.acknowledged(30_000)
    expect(stored(server, board).get('shape:after-flood')).toBeDefined()
  }, 120_000)

  it('caps REST requests per token, and another token is not affected', async () => {
    const { server, roomId, honest, attacker } = await setUp({ REST_REQUESTS_PER_MINUTE: '5' })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await server.api(`/api/rooms/${roomId}`, { token: attacker.token })).status)
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    const limited = await server.api(`/api/rooms/${roomId}`, { token: attacker.token })
    expect(limited).toMatchObject({ status: 429, body: { error: 'rate_limited' } })
    expect((await server.api(`/api/rooms/${roomId}`, { token: honest.token })).status).toBe(200)
  })
})
