/**
 * The list view writes the board document with its own actions (client/list/listActions.ts) on a
 * real provider: the server accepts a participant's idea, and refuses the same write from an
 * observer and from a participant while the board is locked. No new write path: the same guard.
 */
import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { addIdea } from '../../client/list/listActions.ts'
import type { Participant } from '../helpers/participant.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const SYNC_STATUS = 8

/** Resolves when the server tells this participant that an update of theirs was not applied. */
function notApplied(participant: Participant): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = ({ event }: { event: MessageEvent }) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer))
      decoding.readVarString(decoder)
      if (decoding.readVarUint(decoder) !== SYNC_STATUS || decoding.readVarInt(decoder) !== 0) return
      participant.provider.off('message', onMessage)
      resolve()
    }
    participant.provider.on('message', onMessage)
  })
}
const storedBoard = (roomId: string) =>
  ctx.server.collab.hocuspocus.documents.get(documentName(roomId, 'board'))!.getMap<any>('records')

describe('list view writes', () => {
  it('land for a participant, and not for an observer or while the board is locked', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const fia = await ctx.server.join(invites.facilitator, 'Fia', 'secretariat')
    const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
    const otto = await ctx.server.join(invites.observer, 'Otto', 'expert')
    const board = documentName(room.id, 'board')
    const svenBoard = await ctx.connect(sven.token, board)
    const ottoBoard = await ctx.connect(otto.token, board)
    const author = (p: typeof sven) => ({ id: p.participant.id, name: p.participant.name, city: p.participant.city })

    const first = addIdea(
      svenBoard.records,
      { kind: 'challenge', text: 'Dark underpasses', ownerCity: null, clusterId: null },
      author(sven),
      'named',
    )
    await eventually(() =>
      expect(storedBoard(room.id).get(first)?.meta).toMatchObject({ authorName: 'Sven', city: 'stockholm' }),
    )
    const second = addIdea(
      svenBoard.records,
      { kind: 'solution', text: 'Brighter lights', ownerCity: null, clusterId: null },
      author(sven),
      'named',
    )
    await eventually(() => expect(storedBoard(room.id).get(second)).toBeDefined())
    const a = storedBoard(room.id).get(first)
    const b = storedBoard(room.id).get(second)
    expect([a.x, a.y]).not.toEqual([b.x, b.y])

    // The server answers an update it will not apply with a sync status of "not applied": the barrier.
    const observerRefused = notApplied(ottoBoard)
    const byObserver = addIdea(
      ottoBoard.records,
      { kind: 'challenge', text: 'Observer idea', ownerCity: null, clusterId: null },
      author(otto),
      'named',
    )
    await observerRefused

    const fiaControl = await ctx.connect(fia.token, documentName(room.id, 'control'))
    fiaControl.doc.getMap(CONTROL_KEY).set('locked', true)
    await eventually(async () => expect((await ctx.server.collab.readControl(room.id)).locked).toBe(true))
    const lockedRefused = notApplied(svenBoard)
    const whileLocked = addIdea(
      svenBoard.records,
      { kind: 'challenge', text: 'While locked', ownerCity: null, clusterId: null },
      author(sven),
      'named',
    )
    await lockedRefused
    expect(storedBoard(room.id).get(byObserver)).toBeUndefined()
    expect(storedBoard(room.id).get(whileLocked)).toBeUndefined()
  })
})
