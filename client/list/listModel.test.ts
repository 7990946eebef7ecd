import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { checkBoardRecord } from '../../shared/board/schema.ts'
import { DEFAULT_CONTROL } from '../../shared/control.ts'
import { frameRecord, noteRecord } from '../../tests/helpers/records.ts'
import { caseCardRecord, editedIdea, ideaRecord, indexAbove } from './listRecords.ts'
import { buildListModel, listRows, targetTitle } from '../../shared/board/listModel.ts'
import { CELL, placeIdea, placeIdeas } from './placement.ts'

const records = (...list: unknown[]) => list as TLRecord[]
const viewer = { selfId: 'p1', ownIds: new Set<string>() }
const author = { id: 'p1', name: 'Astrid', city: 'stockholm' }

describe('buildListModel', () => {
  const board = records(
    frameRecord('schools', 'Schools', 0, 1000),
    frameRecord('night', 'Night-time economy', 0, 0),
    noteRecord('a', 'Lighting in parks', 50, 50, { kind: 'challenge', city: 'oslo' }),
    noteRecord('b', 'Walking buses', 700, 2000, {
      kind: 'solution',
      authorId: 'p1',
      authorName: 'Astrid',
      city: 'stockholm',
    }),
    { ...noteRecord('c', 'Safe routes to school', 20, 20), parentId: 'shape:schools' },
  )

  it('groups ideas under their clusters in reading order, then the unclustered ones', () => {
    const model = buildListModel(board, DEFAULT_CONTROL.voting, viewer)
    expect(model.clusters.map((c) => [c.title, c.ideas.map((i) => i.text)])).toEqual([
      ['Night-time economy', ['Lighting in parks']],
      ['Schools', ['Safe routes to school']],
    ])
    expect(model.unclustered.map((i) => i.text)).toEqual(['Walking buses'])
    expect(model.ideaCount).toBe(3)
    expect(listRows(model).map((r) => r.type)).toEqual(['cluster', 'idea', 'cluster', 'idea', 'unclustered', 'idea'])
  })

  it('marks my own ideas, by author id or by what this browser made', () => {
    const model = buildListModel(board, DEFAULT_CONTROL.voting, { selfId: 'p1', ownIds: new Set(['shape:a']) })
    const own = [...model.clusters.flatMap((c) => c.ideas), ...model.unclustered]
      .filter((i) => i.own)
      .map((i) => i.text)
    expect(own.sort()).toEqual(['Lighting in parks', 'Walking buses'])
  })

  it('shows targets of an open round, and totals only once revealed', () => {
    const round = {
      id: 'r1',
      roomId: 'x',
      targets: [{ id: 'shape:night', label: 'Night', kind: 'cluster' as const }],
      votesPerParticipant: 3,
      maxPerTarget: 2,
      endsAt: null,
      status: 'open' as const,
      openedAt: '',
      closedAt: null,
      openedBy: 'f',
    }
    const open = buildListModel(board, { round, results: null }, viewer)
    expect(open.clusters[0]).toMatchObject({ votable: true, votes: null })
    expect(open.clusters[1]).toMatchObject({ votable: false })
    const results = { roundId: 'r1', totals: { 'shape:night': 4 }, byCity: {}, ranked: [], voters: 2, dots: 4 }
    const revealed = buildListModel(board, { round: { ...round, status: 'closed' }, results }, viewer)
    expect(revealed.clusters[0]).toMatchObject({ votable: false, votes: 4 })
  })

  it('groups case cards by city', () => {
    const card = caseCardRecord(
      'oslo',
      { title: 'Night buses', challenge: '', context: '', tried: '', results: '', lessons: '' },
      { x: 0, y: 0 },
      indexAbove([], 'page:page'),
    )
    const model = buildListModel(records(card), DEFAULT_CONTROL.voting, viewer)
    expect(model.caseCards).toEqual([
      { city: 'oslo', cards: [expect.objectContaining({ title: 'Night buses', id: card.id })] },
    ])
  })
})

describe('targetTitle', () => {
  it('is the cluster title, or the idea text cut to 60 characters', () => {
    expect(targetTitle({ title: 'Schools' })).toBe('Schools')
    expect(targetTitle({ text: `${'x'.repeat(70)}` })).toHaveLength(60)
    expect(targetTitle({ text: 'two\nlines' })).toBe('two lines')
  })
})

describe('placement', () => {
  it('puts a list-made idea in a free cell, never on another shape or on the same point twice', () => {
    const board = records(noteRecord('a', 'A', 0, 0), noteRecord('b', 'B', CELL, 0))
    const places = placeIdeas(board, null, 3)
    expect(places.map((p) => [p.x, p.y])).toEqual([
      [2 * CELL, 0],
      [3 * CELL, 0],
      [4 * CELL, 0],
    ])
    // Written one by one, each sees the ones before.
    const first = placeIdea(board, null)
    const second = placeIdea([...board, ...records(noteRecord('n', 'N', first.x, first.y))], null)
    expect([second.x, second.y]).not.toEqual([first.x, first.y])
  })

  it('puts an idea for a cluster inside its frame, growing the frame when it is full', () => {
    const frame = frameRecord('f', 'Schools', 100, 100, 500, 260)
    const inside = placeIdea(records(frame), 'shape:f')
    expect(inside).toMatchObject({ parentId: 'shape:f', x: 20, y: 20 })
    expect(inside.frameHeight).toBeUndefined()
    const full = records(
      frame,
      { ...noteRecord('x', 'X', 20, 20), parentId: 'shape:f' },
      { ...noteRecord('y', 'Y', 20 + CELL, 20), parentId: 'shape:f' },
    )
    const next = placeIdea(full, 'shape:f')
    expect(next).toMatchObject({ parentId: 'shape:f', x: 20, y: 20 + CELL })
    expect(next.frameHeight).toBeGreaterThan(260)
  })
})

describe('the records the list writes', () => {
  it('are valid board records, authored as the identity mode allows', () => {
    const place = placeIdea([], null)
    const named = ideaRecord(
      { kind: 'next-step', text: 'Pilot in Oslo', ownerCity: 'oslo' },
      author,
      'named',
      place,
      indexAbove([], 'page:page'),
    )
    expect(checkBoardRecord(named.id, named)).toMatchObject({ ok: true })
    expect(named.meta).toEqual({
      kind: 'next-step',
      authorId: 'p1',
      authorName: 'Astrid',
      city: 'stockholm',
      ownerCity: 'oslo',
    })
    const anonymous = ideaRecord(
      { kind: 'challenge', text: 'Dark underpasses', ownerCity: null },
      author,
      'anonymous',
      place,
      indexAbove([], 'page:page'),
    )
    expect(anonymous.meta).toEqual({ kind: 'challenge', authorId: null, authorName: null, city: null, ownerCity: null })
    const edited = editedIdea(named, { text: 'Pilot in Bergen', kind: 'solution', ownerCity: null }, 'stockholm')
    expect(checkBoardRecord(edited.id, edited)).toMatchObject({ ok: true })
    expect(edited.meta).toMatchObject({ kind: 'solution', authorId: 'p1', ownerCity: null })
    const card = caseCardRecord(
      'oslo',
      { title: 'T', challenge: 'C', context: '', tried: '', results: '', lessons: '' },
      { x: 0, y: 0 },
      indexAbove([], 'page:page'),
    )
    expect(checkBoardRecord(card.id, card)).toMatchObject({ ok: true })
  })

  it('stack above their siblings', () => {
    const a = noteRecord('a', 'A')
    expect(indexAbove(records(a), 'page:page') > 'a1').toBe(true)
  })
})
