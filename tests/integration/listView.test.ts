/**
 * The list view writes the board document with its own actions (client/list/listActions.ts) on a
 * real provider: the server accepts a participant's idea, and refuses the same write from an
 * observer and from a participant while the board is locked. No new write path: the same guard.
 */
import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import { buildListModel, listPreview, PREVIEW_ROWS, type ListRow } from '../../shared/board/listModel.ts'
import { CONTROL_KEY, DEFAULT_CONTROL } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { addIdea } from '../../client/list/listActions.ts'
import type { Participant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const SYNC_STATUS = 8
const NOBODY = { selfId: '', ownIds: new Set<string>() }

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

describe('the list’s first rows (GET /api/rooms/:roomId/list-preview)', () => {
  it('are the first rows of the same list, with own ideas marked for the caller, for members of the room only', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const other = await ctx.server.createRoom()
    const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
    const otto = await ctx.server.join(invites.observer, 'Otto', 'expert')
    const outsider = await ctx.server.join(other.invites.participant, 'Olga', 'oslo')
    const svenBoard = await ctx.connect(sven.token, documentName(room.id, 'board'))
    svenBoard.doc.transact(() => {
      svenBoard.records.set('shape:night', frameRecord('night', 'Night-time economy', 0, 0, 600, 400))
      svenBoard.records.set('shape:lights', {
        ...noteRecord('lights', 'Lighting in parks', 50, 50, { authorId: sven.participant.id, city: 'stockholm' }),
        parentId: 'shape:night',
      })
      // More ideas than a preview holds, below the cluster: unclustered.
      for (let i = 0; i < PREVIEW_ROWS + 10; i++)
        svenBoard.records.set(`shape:idea${i}`, noteRecord(`idea${i}`, `Idea ${i}`, 0, 1000 + i * 200))
    })
    await svenBoard.acknowledged()
    const path = `/api/rooms/${room.id}/list-preview`

    const forSven = await ctx.server.api(path, { token: sven.token })
    expect(forSven.status).toBe(200)
    expect(forSven.body.ideaCount).toBe(PREVIEW_ROWS + 11)
    expect(forSven.body.rows).toHaveLength(PREVIEW_ROWS)
    // What the list builds from the board itself, cut to the same rows (clusters travel without their ideas).
    const live = listPreview(buildListModel(svenBoard.records.values(), DEFAULT_CONTROL.voting, NOBODY))
    const ids = (rows: ListRow[]) => rows.map((row) => (row.type === 'idea' ? row.idea.id : row.type))
    expect(ids(forSven.body.rows)).toEqual(ids(live.rows))
    expect(forSven.body.rows[0]).toMatchObject({
      type: 'cluster',
      count: 1,
      cluster: { title: 'Night-time economy', ideas: [] },
    })
    expect(forSven.body.rows[1].idea).toMatchObject({ text: 'Lighting in parks', own: true })
    expect(forSven.body.rows[2]).toEqual({ type: 'unclustered', count: PREVIEW_ROWS + 10 })

    const forOtto = await ctx.server.api(path, { token: otto.token })
    expect(forOtto.status).toBe(200)
    expect(forOtto.body.rows[1].idea).toMatchObject({ text: 'Lighting in parks', own: false })

    expect((await ctx.server.api(path, { token: outsider.token })).status).toBe(403)
    expect((await ctx.server.api(path)).status).toBe(401)
  })
})
