/**
 * POST /api/rooms/:roomId/cluster-suggestions: explained suggestions in the room's language, at most
 * 2,000 unclustered ideas (413 `too_many_ideas` above), computed in a worker thread so that the
 * event loop keeps turning meanwhile.
 */
import { describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { suggestClustersOffThread } from '../../server/facilitation/clusterSuggestions.ts'
import { noteRecord } from '../helpers/records.ts'
import { serverPerFile } from '../helpers/server.ts'
import { workshopIdeas } from '../fixtures/workshop-ideas.ts'

// One facilitator writes 2,001 ideas here: more than a participant's default board quota of 2,000 records.
const ctx = serverPerFile({ BOARD_QUOTA_RECORDS: '5000' })

/** A room whose board holds `texts` as notes; returns the facilitator's token and the room id. */
async function boardWith(texts: readonly string[]) {
  const { room, invites } = await ctx.server.createRoom()
  const fia = await ctx.server.join(invites.facilitator, 'Fia', 'secretariat')
  const board = await ctx.connect(fia.token, documentName(room.id, 'board'))
  board.doc.transact(() => {
    for (const [i, text] of texts.entries()) {
      board.records.set(`shape:n${i}`, noteRecord(`n${i}`, text, (i % 50) * 220, Math.floor(i / 50) * 220))
    }
  })
  await board.acknowledged(60_000)
  const suggest = (body: unknown = {}) =>
    ctx.server.api(`/api/rooms/${room.id}/cluster-suggestions`, { token: fia.token, body })
  return { suggest }
}

describe('cluster suggestions', () => {
  it('explains each group and titles it in the language asked for', async () => {
    const { suggest } = await boardWith([
      'Skolen må snakke med foreldrene',
      'Koulu ja vanhemmat yhteistyöhön',
      'Skólinn og foreldrar vinni saman',
      'Schools should invite parents in',
    ])
    const swedish = await suggest({ language: 'sv' })
    expect(swedish.status).toBe(200)
    expect(swedish.body.suggestions).toEqual([
      {
        label: 'Skolan, föräldrar och familjer',
        explanation: expect.stringContaining('skolan · föräldrar och familjer'),
        ids: ['shape:n0', 'shape:n1', 'shape:n2', 'shape:n3'],
      },
    ])
    expect((await suggest()).body.suggestions[0].label).toBe('Schools, parents and families')
    expect(await suggest({ language: 'de' })).toMatchObject({ status: 400, body: { error: 'invalid_request' } })
  })

  it('refuses more than 2,000 unclustered ideas with 413 too_many_ideas', async () => {
    const { suggest } = await boardWith(Array.from({ length: 2001 }, (_, i) => `idea ${i}`))
    expect(await suggest()).toMatchObject({
      status: 413,
      body: { error: 'too_many_ideas', message: expect.stringContaining('2000') },
    })
  })

  it('groups in a worker thread: the event loop keeps turning while 2,000 ideas are grouped', async () => {
    const ideas = Array.from({ length: 2000 }, (_, i) => ({
      id: `n${i}`,
      text: `${workshopIdeas[i % workshopIdeas.length].text} (${i})`,
    }))
    // Count event-loop turns until the answer comes: grouping on the main thread would run as one
    // block, and the chain of turns could not advance while it runs.
    let turns = 0
    let done = false
    const turn = () => {
      if (done) return
      turns++
      setImmediate(turn)
    }
    setImmediate(turn)
    const suggestions = await suggestClustersOffThread(ideas)
    done = true
    console.log(`${turns} event-loop turns while 2,000 ideas were grouped`)
    expect(suggestions.length).toBeGreaterThan(5)
    expect(turns).toBeGreaterThanOrEqual(20)
  })
})
