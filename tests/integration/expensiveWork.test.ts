/**
 * Expensive work that no participant can stall the server with (issue 16 §4): the publication is
 * rendered in a worker thread within PUBLICATION_TIMEOUT_MS, in the language asked for; phase changes
 * make at most one automatic snapshot per room per AUTO_SNAPSHOT_INTERVAL_SECONDS.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function serverWith(env: Record<string, string> = {}) {
  const server = await newServer(env)
  cleanups.push(() => server.close())
  return server
}

/** A room with a facilitator, one approved entry whose text holds `text`, and the facilitator's board. */
async function roomWithEntry(server: TestServer, text: string) {
  const { room, invites } = await server.createRoom({ title: 'Capital Room Tromsø' })
  const fia = await server.join(invites.facilitator, 'Fia', 'secretariat')
  const board = await newParticipant(server.wsUrl, documentName(room.id, 'board'), fia.token)
  cleanups.push(() => board.destroy())
  board.records.set('shape:f', frameRecord('f', 'Families'))
  board.records.set('shape:n', { ...noteRecord('n', text, 20, 20, { kind: 'solution' }), parentId: 'shape:f' })
  await board.acknowledged()
  const { body: summary } = await server.api(`/api/rooms/${room.id}/snapshots`, {
    token: fia.token,
    body: { name: 'End' },
  })
  const { body } = await server.api(`/api/snapshots/${summary.id}/distill`, { token: fia.token, body: {} })
  await server.api(`/api/entries/${body.entries[0].id}`, {
    token: server.adminToken,
    body: { action: 'approve' },
    method: 'PATCH',
  })
  return { roomId: room.id, fia, board }
}

describe('the publication', () => {
  it('is rendered off the main thread in the language asked for, and the same answer again from the cache', async () => {
    const server = await serverWith()
    const { roomId, fia } = await roomWithEntry(server, 'Ørjan and Шевченко: a helpline for parents')
    const get = (query: string) =>
      fetch(`${server.url}/api/publication?rooms=${roomId}&${query}`, {
        headers: { authorization: `Bearer ${fia.token}` },
      })
    const sv = await get('format=md&lang=sv')
    expect(sv.headers.get('content-language')).toBe('sv')
    const text = await sv.text()
    expect(text).toContain('## Inledning')
    expect(text).toContain('## Nästa steg per stad')
    expect(text).toContain('Ørjan and Шевченко: a helpline for parents')
    expect(await (await get('format=md&lang=sv')).text()).toBe(text)
    expect(await (await get('format=html&lang=is')).text()).toContain('<html lang="is">')
    expect(await (await get('format=md&lang=klingon')).text()).toContain('## Introduction')
    const pdf = await get('format=pdf&lang=fi')
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).toContain('/Lang (fi)')
  })

  it('answers 503 publication_timeout when rendering takes longer than PUBLICATION_TIMEOUT_MS', async () => {
    const server = await serverWith({ PUBLICATION_TIMEOUT_MS: '1' })
    const { roomId, fia } = await roomWithEntry(server, 'A helpline for parents')
    const answer = await server.api(`/api/publication?rooms=${roomId}&format=pdf`, { token: fia.token })
    expect(answer).toMatchObject({ status: 503, body: { error: 'publication_timeout', message: expect.any(String) } })
  })
})

describe('automatic snapshots', () => {
  it('30 phase toggles make one snapshot, not 29', async () => {
    const server = await serverWith()
    const { roomId, fia, board } = await roomWithEntry(server, 'A helpline for parents')
    // The board changed since the room's last snapshot (an unchanged board makes no automatic one).
    board.records.set('shape:m', noteRecord('m', 'Mentors from the neighbourhood', 900, 0))
    await board.acknowledged()
    const control = await newParticipant(server.wsUrl, documentName(roomId, 'control'), fia.token)
    cleanups.push(() => control.destroy())
    const phaseSnapshots = async () =>
      (await server.api(`/api/rooms/${roomId}/snapshots`, { token: fia.token })).body.snapshots.filter(
        (s: { reason: string }) => s.reason === 'phase',
      )
    for (let i = 1; i <= 30; i++) control.doc.getMap(CONTROL_KEY).set('phase', i % 2)
    await control.acknowledged()
    await eventually(async () => expect((await phaseSnapshots()).length).toBeGreaterThan(0))
    // A later snapshot taken by hand: every automatic one the toggles started was started before it.
    expect(
      (await server.api(`/api/rooms/${roomId}/snapshots`, { token: fia.token, body: { name: 'After the toggles' } }))
        .status,
    ).toBe(201)
    const taken = await phaseSnapshots()
    expect(taken).toHaveLength(1)
    expect(taken[0].name).toBe('End of Welcome · 2 ideas')
  })

  it('stop at the room’s quota (SNAPSHOT_QUOTA_MB), which refuses manual snapshots too, but not the closing one', async () => {
    const server = await serverWith({ SNAPSHOT_QUOTA_MB: '0.001' })
    const { roomId, fia } = await roomWithEntry(server, 'A helpline for parents')
    const again = await server.api(`/api/rooms/${roomId}/snapshots`, {
      token: fia.token,
      body: { name: 'Over the quota' },
    })
    expect(again).toMatchObject({
      status: 507,
      body: { error: 'snapshot_quota_exceeded', message: expect.any(String) },
    })
    expect((await server.api(`/api/rooms/${roomId}/close`, { token: server.adminToken, body: {} })).status).toBe(200)
    const { body } = await server.api(`/api/rooms/${roomId}/snapshots`, { token: fia.token })
    expect(body.snapshots.map((s: { reason: string }) => s.reason)).toEqual(['manual', 'closed'])
  })
})
