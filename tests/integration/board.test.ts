import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_ID, PAGE_ID, RECORDS_KEY } from '../../shared/board/schema.ts'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()

const connect = ctx.connect.bind(ctx)

/** The board as stored on the server right now (the live Hocuspocus document). */
function serverRecords(roomId: string): Y.Map<any> {
  const doc = ctx.server.collab.hocuspocus.documents.get(documentName(roomId, 'board'))
  if (!doc) throw new Error('document not loaded')
  return doc.getMap(RECORDS_KEY)
}

async function roomWith(...roles: ('facilitator' | 'participant' | 'observer')[]) {
  const { room, invites } = await ctx.server.createRoom()
  const tokens = []
  for (const [i, role] of roles.entries())
    tokens.push((await ctx.server.join(invites[role], `${role} ${i}`, 'oslo')).token)
  return { roomId: room.id, board: documentName(room.id, 'board'), tokens }
}

describe('the live board', () => {
  it('starts with the seeded document and page, the same for every client', async () => {
    const { board, tokens } = await roomWith('participant', 'participant')
    const [a, b] = await Promise.all(tokens.map((t) => connect(t, board)))
    for (const p of [a, b]) {
      expect(p.records.get(DOCUMENT_ID)).toMatchObject({ typeName: 'document' })
      expect(p.records.get(PAGE_ID)).toMatchObject({ typeName: 'page' })
      expect([...p.records.values()].filter((r) => r.typeName === 'page')).toHaveLength(1)
    }
  })

  it('two participants converge on the same records', async () => {
    const { board, tokens } = await roomWith('participant', 'participant')
    const [a, b] = await Promise.all(tokens.map((t) => connect(t, board)))
    a.records.set('shape:one', noteRecord('one', 'Mentors for young people', 10, 20))
    b.records.set('shape:two', noteRecord('two', 'Teacher training on online hate', 200, 20))
    await eventually(() => {
      expect(a.records.get('shape:two')).toBeDefined()
      expect(b.records.get('shape:one')).toBeDefined()
    })
    b.records.set('shape:one', { ...noteRecord('one', 'Mentors for young people', 10, 20), x: 500 })
    await eventually(() => expect(a.records.get('shape:one').x).toBe(500))
    expect(a.records.toJSON()).toEqual(b.records.toJSON())
  })

  it('an observer receives every change, but its writes change nothing on the server', async () => {
    const { roomId, board, tokens } = await roomWith('participant', 'observer')
    const writer = await connect(tokens[0], board)
    const observer = await connect(tokens[1], board)
    writer.records.set('shape:seen', noteRecord('seen', 'Visible to observers'))
    await eventually(() => expect(observer.records.get('shape:seen')).toBeDefined())

    observer.records.set('shape:sneaky', noteRecord('sneaky', 'Observer was here'))
    observer.records.delete('shape:seen')
    // Let a later change of the writer pass, so the observer's messages were certainly handled.
    writer.records.set('shape:after', noteRecord('after', 'later'))
    await writer.acknowledged()
    await eventually(() => expect(serverRecords(roomId).get('shape:after')).toBeDefined())
    expect(serverRecords(roomId).get('shape:sneaky')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:seen')).toBeDefined()
    const fresh = await connect(tokens[0], board)
    expect(fresh.records.get('shape:sneaky')).toBeUndefined()
    expect(fresh.records.get('shape:seen')).toBeDefined()
  })

  it('refuses a wrong token, a token of another room and an unknown document', async () => {
    const a = await roomWith('participant')
    const b = await roomWith('participant')
    const wrong = await connect('not-a-token', a.board, { waitForSync: false })
    const otherRoom = await connect(b.tokens[0], a.board, { waitForSync: false })
    const unknownDoc = await connect(a.tokens[0], `${a.roomId}/secrets`, { waitForSync: false })
    await eventually(() => {
      expect(wrong.events.authFailed).toContain('invalid-token')
      expect(otherRoom.events.authFailed).toContain('wrong-room')
      expect(unknownDoc.events.authFailed).toContain('unknown-document')
    })
    expect(wrong.provider.isSynced).toBe(false)
    expect(otherRoom.records.size).toBe(0)
  })

  it('refuses an expired token', async () => {
    const shortLived = await newServer({ SESSION_TTL_HOURS: '0.0001' })
    try {
      const { room, invites } = await shortLived.createRoom()
      const { token } = await shortLived.join(invites.participant, 'Anna')
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const late = await newParticipant(shortLived.wsUrl, documentName(room.id, 'board'), token, { waitForSync: false })
      await eventually(() => expect(late.events.authFailed).toContain('invalid-token')).finally(() => late.destroy())
    } finally {
      await shortLived.close()
    }
  })

  it('does not store an invalid record and disconnects its sender while the others go on', async () => {
    const { roomId, board, tokens } = await roomWith('participant', 'participant')
    const honest = await connect(tokens[0], board)
    const faulty = await connect(tokens[1], board)

    const badNote = noteRecord('bad', 'x') as any
    badNote.props.richText = 42 // a note with a number as its text
    faulty.records.set('shape:bad', badNote)
    await eventually(() => expect(faulty.events.closed).toContainEqual({ code: 4422, reason: 'invalid-record' }))

    honest.records.set('shape:good', noteRecord('good', 'still working'))
    await honest.acknowledged()
    expect(serverRecords(roomId).get('shape:good')).toBeDefined()
    expect(serverRecords(roomId).get('shape:bad')).toBeUndefined()
    expect(honest.records.get('shape:bad')).toBeUndefined()
  })

  it('refuses unknown record types, ids that do not match their key and writes outside the records map', async () => {
    const { roomId, board, tokens } = await roomWith('participant', 'participant', 'participant', 'participant')
    const honest = await connect(tokens[0], board)
    const attempts: [string, (doc: Y.Doc) => void][] = [
      ['unknown type', (doc) => doc.getMap(RECORDS_KEY).set('vote:1', { id: 'vote:1', typeName: 'vote' })],
      ['id mismatch', (doc) => doc.getMap(RECORDS_KEY).set('shape:x', noteRecord('y', 'mismatch'))],
      ['other map', (doc) => doc.getMap('elsewhere').set('k', 1)],
    ]
    for (const [index, [label, write]] of attempts.entries()) {
      const attacker = await connect(tokens[index + 1], board)
      write(attacker.doc)
      await eventually(() =>
        expect(
          attacker.events.closed.map((e) => e.reason),
          label,
        ).toContain('invalid-record'),
      )
    }
    honest.records.set('shape:fine', noteRecord('fine', 'fine'))
    await honest.acknowledged()
    const stored = serverRecords(roomId)
    expect(stored.get('vote:1')).toBeUndefined()
    expect(stored.get('shape:x')).toBeUndefined()
    expect(stored.doc!.share.has('elsewhere') ? stored.doc!.getMap('elsewhere').size : 0).toBe(0)
    expect(stored.get('shape:fine')).toBeDefined()
  })

  it('nobody can delete the page or the document record', async () => {
    const { roomId, board, tokens } = await roomWith('participant', 'participant')
    const watcher = await connect(tokens[1], board)
    const p = await connect(tokens[0], board)
    p.records.delete(PAGE_ID)
    await eventually(() => expect(p.events.closed.map((e) => e.reason)).toContain('invalid-record'))
    expect(serverRecords(roomId).get(PAGE_ID)).toBeDefined()
    expect(watcher.records.get(PAGE_ID)).toBeDefined()
  })

  it('sets presence identity from the token, whatever the client claims', async () => {
    const { board, tokens } = await roomWith('participant', 'participant')
    const honest = await connect(tokens[0], board)
    const spoofer = await connect(tokens[1], board)
    spoofer.provider.awareness!.setLocalStateField('user', {
      id: 'someone-else',
      name: 'The Mayor',
      city: 'oslo',
      role: 'facilitator',
      color: '#000',
    })
    const spooferId = spoofer.doc.clientID
    await eventually(() => {
      const seen = honest.provider.awareness!.getStates().get(spooferId)
      expect(seen?.user).toMatchObject({ name: 'participant 1', role: 'participant', city: 'oslo' })
      expect(seen?.user.id).not.toBe('someone-else')
    })
  })

  it('only facilitators write the control document', async () => {
    const { roomId, tokens } = await roomWith('facilitator', 'participant')
    const control = documentName(roomId, 'control')
    const facilitator = await connect(tokens[0], control)
    const participant = await connect(tokens[1], control)
    facilitator.doc.getMap(CONTROL_KEY).set('phase', 2)
    await eventually(() => expect(participant.doc.getMap(CONTROL_KEY).get('phase')).toBe(2))
    participant.doc.getMap(CONTROL_KEY).set('phase', 5)
    facilitator.doc.getMap(CONTROL_KEY).set('locked', true)
    await eventually(() => expect(participant.doc.getMap(CONTROL_KEY).get('locked')).toBe(true))
    await facilitator.acknowledged()
    const stored = ctx.server.collab.hocuspocus.documents.get(control)!
    expect(stored.getMap(CONTROL_KEY).get('phase')).toBe(2)
    expect(await ctx.server.collab.readControl(roomId)).toMatchObject({ phase: 2, locked: true })
  })

  it('a closed room is read-only for everyone', async () => {
    const { roomId, board, tokens } = await roomWith('facilitator')
    const facilitator = await connect(tokens[0], board)
    facilitator.records.set('shape:before', noteRecord('before', 'before closing'))
    await facilitator.acknowledged()
    await ctx.server.api(`/api/rooms/${roomId}/close`, { method: 'POST', token: ctx.server.adminToken })
    facilitator.records.set('shape:after-close', noteRecord('after', 'after closing'))
    const late = await connect(tokens[0], board)
    late.records.set('shape:late', noteRecord('late', 'late'))
    // Nobody may write any more, so the later allowed event is a reader's: a fresh connection that syncs
    // after both refused writes were sent, and does not receive them.
    const reader = await connect(tokens[0], board)
    expect(reader.records.get('shape:before')).toBeDefined()
    expect(reader.records.get('shape:after-close')).toBeUndefined()
    expect(reader.records.get('shape:late')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:before')).toBeDefined()
    expect(serverRecords(roomId).get('shape:after-close')).toBeUndefined()
    expect(serverRecords(roomId).get('shape:late')).toBeUndefined()
  })
})
