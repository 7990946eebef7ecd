/**
 * Text, drawings and shapes are not ideas (issue 12 §7): a board holding them beside real ideas, in a
 * cluster and on the page, reads as its ideas alone, so clustering (the server's suggestions read
 * readBoard's ideas), voting targets (resolved against readBoard) and distillation never count them.
 */
import { toRichText } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { readBoard } from '../../shared/board/clusters.ts'
import { checkBoardRecord } from '../../shared/board/schema.ts'
import { distill } from '../../shared/distill/distill.ts'
import { affiliations, by, frameRecord, idea, inFrame, round, sid, snapshot } from '../fixtures/boards.ts'

const shape = (id: string, type: string, props: object, parent = 'page:page', x = 40, y = 40) => ({
  id: sid(id),
  typeName: 'shape',
  type,
  x,
  y,
  rotation: 0,
  index: 'a3',
  parentId: parent === 'page:page' ? parent : sid(parent),
  isLocked: false,
  opacity: 1,
  meta: {},
  props,
})

const text = (id: string, words: string, parent?: string) =>
  shape(
    id,
    'text',
    {
      color: 'black',
      size: 'm',
      font: 'draw',
      textAlign: 'start',
      w: 200,
      richText: toRichText(words),
      scale: 1,
      autoSize: true,
    },
    parent,
  )

const rectangle = (id: string, label: string, parent?: string) =>
  shape(
    id,
    'geo',
    {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w: 200,
      h: 120,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: 'black',
      color: 'black',
      fill: 'none',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      richText: toRichText(label),
    },
    parent,
  )

const drawing = (id: string, parent?: string) =>
  shape(
    id,
    'draw',
    {
      color: 'black',
      fill: 'none',
      dash: 'draw',
      size: 'm',
      segments: [{ type: 'free', path: '' }],
      isComplete: true,
      isClosed: false,
      isPen: false,
      scale: 1,
      scaleX: 1,
      scaleY: 1,
    },
    parent,
  )

const records = [
  frameRecord('youth', 'Youth outreach', 0, 0, 800, 600),
  inFrame(idea('clubs', 'Youth clubs open late', 'solution', by('oslo')), 'youth'),
  text('heading', 'Youth clubs open late', 'youth'),
  rectangle('box', 'Mentors from the neighbourhood', 'youth'),
  drawing('scribble', 'youth'),
  idea('buses', 'Night buses for shift workers', 'next-step', { ...by('helsinki'), ownerCity: 'helsinki' }, 2000, 0),
  text('loose', 'Write your ideas on notes', 'page:page'),
]

describe('non-idea shapes', () => {
  it('are valid board records (the server stores them)', () => {
    for (const r of records) expect(checkBoardRecord(r.id, r)).toMatchObject({ ok: true })
  })

  it('are neither ideas nor members of a cluster', () => {
    const { ideas, clusters } = readBoard(records as never)
    expect(ideas.map((i) => i.id)).toEqual([sid('clubs'), sid('buses')])
    expect(clusters).toEqual([{ id: sid('youth'), title: 'Youth outreach', ideaIds: [sid('clubs')] }])
  })

  it('never reach the Capital Code or the next steps, even with dots on them', () => {
    const dots = round('r1', { youth: { oslo: 2 }, heading: { oslo: 3 }, box: { helsinki: 1 } })
    const d = distill(snapshot('s1', '2026-12-02T10:00:00Z', records, [dots]), affiliations)
    const words = JSON.stringify(d)
    for (const notAnIdea of ['Mentors from the neighbourhood', 'Write your ideas on notes'])
      expect(words).not.toContain(notAnIdea)
    expect(d.entries.map((e) => e.texts)).toEqual([['Youth clubs open late']])
    expect(d.nextSteps.map((s) => s.text)).toEqual(['Night buses for shift workers'])
  })
})
