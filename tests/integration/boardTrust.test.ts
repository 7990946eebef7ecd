/**
 * Issue 16, sections 2–3 and the board's size limits, each as the attack was described: linking an
 * anonymous idea to its author through the Yjs client id and awareness, rewriting someone else's named
 * idea, writing another city's case card, a 2 MiB note, and 500 presence client ids on one connection.
 * The clients are built as the README documents: a HocuspocusProvider on `<roomId>/board` with its
 * presence on that document.
 */
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { CASE_CARD_TYPE } from '../../shared/board/caseCard.ts'
import { MAX_IDEA_CHARS } from '../../shared/board/limits.ts'
import { PAGE_ID } from '../../shared/board/schema.ts'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import type { Role } from '../../shared/schema/room.ts'
import type { Participant } from '../helpers/participant.ts'
import { authFrame, frame, MessageType, openRawSocket } from '../helpers/rawSocket.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const connect = ctx.connect.bind(ctx)

async function room(...members: [Role, string, string][]) {
  const { room, invites } = await ctx.server.createRoom()
  const joined = []
  for (const [role, name, city] of members) joined.push(await ctx.server.join(invites[role], name, city))
  return { roomId: room.id, members: joined }
}

const storedBoard = (roomId: string) =>
  ctx.server.collab.hocuspocus.documents.get(documentName(roomId, 'board'))!.getMap<any>('records')

async function setMode(roomId: string, token: string, mode: 'named' | 'city' | 'anonymous') {
  const control = await connect(token, documentName(roomId, 'control'))
  control.doc.getMap(CONTROL_KEY).set('identityMode', mode)
  await eventually(async () => expect((await ctx.server.collab.readControl(roomId)).identityMode).toBe(mode))
}

/** The Yjs client id of the item that holds `key`'s current value in `records`. */
function writerOf(records: Y.Map<unknown>, key: string): number {
  return (records as unknown as { _map: Map<string, Y.Item> })._map.get(key)!.id.client
}

const refused = (p: Participant) =>
  eventually(() => expect(p.events.closed.map((e) => e.reason)).toContain('invalid-record'))

/** A README client's presence: a cursor (tldraw instance_presence) and the `user` it claims. */
function showPresence(p: Participant, name: string) {
  p.provider.setAwarenessField('user', { name })
  p.provider.setAwarenessField('presence', { cursor: { x: 1, y: 2, type: 'default', rotation: 0 }, userName: name })
}

describe('anonymity that holds', () => {
  for (const mode of ['anonymous', 'city'] as const) {
    it(`in ${mode} mode, an idea's Yjs client id looked up in the board's awareness names nobody`, async () => {
      const { roomId, members } = await room(
        ['facilitator', 'Fia', 'secretariat'],
        ['participant', 'Alice', 'stockholm'],
        ['observer', 'Otto', 'oslo'],
      )
      const [fia, alice, otto] = members
      await setMode(roomId, fia.token, mode)
      const board = documentName(roomId, 'board')
      const observer = await connect(otto.token, board)
      const author = await connect(alice.token, board)
      showPresence(author, 'Alice')
      const meta = mode === 'city' ? { city: 'stockholm' } : {}
      author.records.set('shape:secret', noteRecord('secret', 'An idea without a name', 0, 0, meta))
      await author.acknowledged()

      // The attack: the note's item id → the awareness state of that client id.
      await eventually(() => expect(observer.records.get('shape:secret')).toBeDefined())
      const client = writerOf(observer.records, 'shape:secret')
      const state = await eventually(() => {
        const found = observer.provider.awareness!.getStates().get(client)
        if (!found) throw new Error('no awareness state for the writer yet')
        return found
      })
      const seen = JSON.stringify(state)
      expect(seen).not.toContain('Alice')
      expect(seen).not.toContain(alice.participant.id)
      if (mode === 'anonymous') expect(seen).not.toContain('stockholm')
      // Nor does anything in the board itself name her.
      expect(JSON.stringify(observer.records.toJSON())).not.toContain('Alice')
    })
  }

  it("a client id once shown with its person's name cannot write ideas without a name", async () => {
    const { roomId, members } = await room(
      ['facilitator', 'Fia', 'secretariat'],
      ['participant', 'Alice', 'stockholm'],
      ['observer', 'Otto', 'oslo'],
    )
    const [fia, alice, otto] = members
    const board = documentName(roomId, 'board')
    const observer = await connect(otto.token, board)
    const author = await connect(alice.token, board)
    showPresence(author, 'Alice')
    const client = author.doc.clientID
    await eventually(() => expect(observer.provider.awareness!.getStates().get(client)?.user?.name).toBe('Alice'))

    await setMode(roomId, fia.token, 'anonymous')
    author.records.set('shape:late', noteRecord('late', 'Written after the switch'))
    await refused(author)
    expect(storedBoard(roomId).get('shape:late')).toBeUndefined()

    // A fresh client id writes without a name; the server never names it on awareness.
    const fresh = await connect(alice.token, board)
    showPresence(fresh, 'Alice')
    fresh.records.set('shape:fresh', noteRecord('fresh', 'Written with a new client id'))
    await fresh.acknowledged()
    await eventually(() => expect(observer.provider.awareness!.getStates().has(fresh.doc.clientID)).toBe(true))
    expect(JSON.stringify(observer.provider.awareness!.getStates().get(fresh.doc.clientID))).not.toContain('Alice')

    // Back in named mode, that client id stays unnamed on awareness and cannot write named ideas.
    await setMode(roomId, fia.token, 'named')
    fresh.provider.setAwarenessField('presence', { cursor: { x: 5, y: 5, type: 'default', rotation: 0 } })
    await eventually(() =>
      expect(observer.provider.awareness!.getStates().get(fresh.doc.clientID)?.presence?.cursor?.x).toBe(5),
    )
    expect(JSON.stringify(observer.provider.awareness!.getStates().get(fresh.doc.clientID))).not.toContain('Alice')
    fresh.records.set(
      'shape:named-later',
      noteRecord('named-later', 'Now with a name', 0, 0, {
        authorId: alice.participant.id,
        authorName: 'Alice',
        city: 'stockholm',
      }),
    )
    await refused(fresh)
    expect(storedBoard(roomId).get('shape:named-later')).toBeUndefined()
  })

  it('refuses user records outside named mode, and "Who\'s here" comes from the presence document', async () => {
    const { roomId, members } = await room(
      ['facilitator', 'Fia', 'secretariat'],
      ['participant', 'Alice', 'stockholm'],
      ['observer', 'Otto', 'oslo'],
    )
    const [fia, alice, otto] = members
    await setMode(roomId, fia.token, 'anonymous')
    const author = await connect(alice.token, documentName(roomId, 'board'))
    author.records.set(`user:${alice.participant.id}`, {
      id: `user:${alice.participant.id}`,
      typeName: 'user',
      name: 'Alice',
      color: '#ff0000',
      imageUrl: '',
      meta: {},
    })
    await refused(author)

    const presence = documentName(roomId, 'presence')
    const watcher = await connect(otto.token, presence)
    const here = await connect(alice.token, presence)
    showPresence(here, 'Someone else')
    const state = await eventually(() => {
      const found = watcher.provider.awareness!.getStates().get(here.doc.clientID)
      if (!found?.user) throw new Error('not yet')
      return found
    })
    expect(state.user).toMatchObject({ id: alice.participant.id, name: 'Alice', city: 'stockholm' })
    expect(state.presence).toBeUndefined() // no named cursor while names are hidden
    // Nobody writes the presence document. Barrier: a later message of the same connection arrives.
    here.doc.getMap('records').set('x', 1)
    here.provider.setAwarenessField('typing', 'later')
    await eventually(() => expect(watcher.provider.awareness!.getStates().get(here.doc.clientID)?.typing).toBe('later'))
    expect(ctx.server.collab.hocuspocus.documents.get(presence)?.getMap('records').get('x')).toBeUndefined()
  })
})

describe('words attributed to a person are theirs', () => {
  it("only its author or a facilitator changes a named idea's text, kind or owner city; anyone moves it", async () => {
    const { roomId, members } = await room(
      ['facilitator', 'Fia', 'secretariat'],
      ['participant', 'Alice', 'stockholm'],
      ['participant', 'Bob', 'oslo'],
    )
    const [fia, alice, bob] = members
    const board = documentName(roomId, 'board')
    const author = await connect(alice.token, board)
    const named = noteRecord('named', 'Mentors for young people', 0, 0, {
      authorId: alice.participant.id,
      authorName: 'Alice',
      city: 'stockholm',
    })
    author.records.set('shape:named', named)
    await author.acknowledged()

    const rewriter = await connect(bob.token, board)
    rewriter.records.set('shape:named', {
      ...named,
      props: { ...named.props, richText: noteRecord('x', 'Abolish mentors').props.richText },
    })
    await refused(rewriter)
    const rekinder = await connect(bob.token, board)
    rekinder.records.set('shape:named', { ...named, meta: { ...named.meta, kind: 'challenge' } })
    await refused(rekinder)
    // Deleting and writing it again with other words is rewriting too.
    const recreator = await connect(bob.token, board)
    recreator.doc.transact(() => recreator.records.delete('shape:named'))
    await recreator.acknowledged()
    recreator.records.set('shape:named', {
      ...named,
      props: { ...named.props, richText: noteRecord('x', 'Abolish mentors').props.richText },
    })
    await refused(recreator)
    const restorer = await connect(alice.token, board)
    restorer.records.set('shape:named', named)
    await restorer.acknowledged()
    expect(storedBoard(roomId).get('shape:named').props.richText).toEqual(named.props.richText)

    const mover = await connect(bob.token, board)
    mover.records.set('shape:named', { ...named, x: 400, y: 300 })
    await mover.acknowledged()
    expect(storedBoard(roomId).get('shape:named').x).toBe(400)

    const facilitator = await connect(fia.token, board)
    const edited = {
      ...named,
      x: 400,
      y: 300,
      props: { ...named.props, richText: noteRecord('x', 'Mentors for young people, paid').props.richText },
    }
    facilitator.records.set('shape:named', edited)
    await facilitator.acknowledged()
    expect(storedBoard(roomId).get('shape:named').props.richText).toEqual(edited.props.richText)
  })

  it("a case card takes its writer's city; only that city's members and facilitators write it", async () => {
    const { roomId, members } = await room(
      ['facilitator', 'Fia', 'secretariat'],
      ['participant', 'Alice', 'stockholm'],
      ['participant', 'Bob', 'oslo'],
    )
    const [fia, alice, bob] = members
    const board = documentName(roomId, 'board')
    const stockholm = await connect(alice.token, board)
    stockholm.records.set('shape:case', caseCard('case', 'stockholm', 'Youth centres'))
    await stockholm.acknowledged()

    const forger = await connect(bob.token, board)
    forger.records.set('shape:forged', caseCard('forged', 'stockholm', 'Stockholm failed'))
    await refused(forger)
    const editor = await connect(bob.token, board)
    editor.records.set('shape:case', {
      ...caseCard('case', 'stockholm', 'Youth centres'),
      props: { ...caseCard('case', 'stockholm', 'Youth centres').props, lessons: 'None' },
    })
    await refused(editor)
    const recity = await connect(bob.token, board)
    recity.records.set('shape:case', caseCard('case', 'oslo', 'Youth centres'))
    await refused(recity)
    expect(storedBoard(roomId).get('shape:case').props).toMatchObject({ city: 'stockholm', lessons: '' })
    expect(storedBoard(roomId).get('shape:forged')).toBeUndefined()

    const mover = await connect(bob.token, board)
    mover.records.set('shape:case', { ...caseCard('case', 'stockholm', 'Youth centres'), x: 900 })
    await mover.acknowledged()
    const facilitator = await connect(fia.token, board)
    facilitator.records.set('shape:oslo-case', caseCard('oslo-case', 'oslo', 'Template'))
    await facilitator.acknowledged()
    const own = await connect(bob.token, board)
    own.records.set('shape:oslo-case', caseCard('oslo-case', 'oslo', 'Oslo libraries'))
    await own.acknowledged()
    expect(storedBoard(roomId).get('shape:oslo-case').props.title).toBe('Oslo libraries')
  })
})

describe('board size limits', () => {
  it('refuses a 2 MiB note, and any idea over 2,000 characters', async () => {
    const { roomId, members } = await room(['participant', 'Alice', 'stockholm'])
    const board = documentName(roomId, 'board')
    const huge = await connect(members[0].token, board)
    huge.records.set('shape:huge', noteRecord('huge', 'x'.repeat(2_000_000)))
    await refused(huge)
    const over = await connect(members[0].token, board)
    over.records.set('shape:over', noteRecord('over', 'y'.repeat(MAX_IDEA_CHARS + 1)))
    await refused(over)
    const atCap = await connect(members[0].token, board)
    atCap.records.set('shape:cap', noteRecord('cap', 'z'.repeat(MAX_IDEA_CHARS)))
    await atCap.acknowledged()
    expect(storedBoard(roomId).get('shape:huge')).toBeUndefined()
    expect(storedBoard(roomId).get('shape:over')).toBeUndefined()
    expect(storedBoard(roomId).get('shape:cap')).toBeDefined()
  })

  it('keeps at most 2 awareness client ids per connection and drops states over 8 KiB', async () => {
    const { roomId, members } = await room(['participant', 'Alice', 'stockholm'], ['observer', 'Otto', 'oslo'])
    const board = documentName(roomId, 'board')
    const observer = await connect(members[1].token, board)
    const attacker = await openRawSocket(ctx.server.wsUrl)
    attacker.send(authFrame(board, members[0].token))
    const states = Array.from({ length: 500 }, (_, i) => ({ clientId: 1_000_000 + i, state: { n: i } }))
    attacker.send(awarenessFrame(board, [{ clientId: 999, state: { big: 'x'.repeat(9 * 1024) } }, ...states]))
    // The barrier: the allowed client ids arrive (in the same broadcast as any others would).
    await eventually(() => expect(observer.provider.awareness!.getStates().has(1_000_001)).toBe(true))
    const foreign = [...observer.provider.awareness!.getStates().keys()].filter((id) => id !== observer.doc.clientID)
    expect(foreign.sort()).toEqual([1_000_000, 1_000_001])
    attacker.socket.close()
  })
})

function caseCard(id: string, city: string, title: string) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: CASE_CARD_TYPE,
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w: 360, h: 420, city, title, challenge: '', context: '', tried: '', results: '', lessons: '' },
  }
}

/** A y-protocols awareness message with the given states (each at clock 1). */
function awarenessFrame(documentName: string, states: { clientId: number; state: unknown }[]) {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, states.length)
  for (const { clientId, state } of states) {
    encoding.writeVarUint(update, clientId)
    encoding.writeVarUint(update, 1)
    encoding.writeVarString(update, JSON.stringify(state))
  }
  return frame(documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Awareness)
    encoding.writeVarUint8Array(e, encoding.toUint8Array(update))
  })
}
