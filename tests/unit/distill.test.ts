import { describe, expect, it } from 'vitest'
import { distill } from '../../shared/distill/distill.ts'
import { duplicateKey } from '../../shared/distill/normalize.ts'
import { snapshotSchema, summarize } from '../../shared/schema/snapshot.ts'
import {
  affiliations,
  by,
  frameRecord,
  idea,
  inFrame,
  round,
  sid,
  snapshot,
  workshopSnapshot,
} from '../fixtures/boards.ts'

const entry = (d: ReturnType<typeof distill>, shape: string) =>
  d.entries.find((e) => e.provenance.clusterId === sid(shape) || e.id.endsWith(`:${sid(shape)}`))

describe('snapshot schema', () => {
  it('accepts a fixture board and summarises it', () => {
    expect(summarize(workshopSnapshot())).toMatchObject({
      cases: 2,
      ideas: { challenge: 3, solution: 4, policy: 2, principle: 2, 'next-step': 4, total: 15 },
      clusters: 4,
      votes: { rounds: 2, dots: 14 },
    })
  })
  it('refuses a record that fails the board schema', () => {
    const bad = { ...workshopSnapshot(), records: [{ id: 'shape:x', typeName: 'shape', type: 'note', meta: {} }] }
    expect(snapshotSchema.safeParse(bad).success).toBe(false)
  })
})

describe('distill: entries', () => {
  const d = distill(workshopSnapshot(), affiliations)

  it('types a cluster by its dominant idea kind, titles it and links its case cards', () => {
    expect(entry(d, 'youth')).toMatchObject({
      id: `entry:room-oslo-2025:${sid('youth')}`,
      type: 'solution',
      title: 'Youth outreach',
      caseIds: [sid('case-cph'), sid('case-sthlm')],
    })
  })
  it('merges duplicate texts (case, whitespace, punctuation) and orders texts by dots', () => {
    expect(entry(d, 'youth')!.texts).toEqual([
      'Youth clubs open late',
      'Mentors from the neighbourhood',
      'Young people drift away from school',
    ])
    expect(duplicateKey('  Youth clubs, open LATE! ')).toBe(duplicateKey('youth clubs open late'))
    expect(duplicateKey('för')).not.toBe(duplicateKey('for'))
  })
  it('collects the cities of authors and next-step owners, in the configured order; anonymous ideas add none', () => {
    expect(entry(d, 'youth')!.cities).toEqual(['stockholm', 'oslo', 'helsinki'])
    expect(entry(d, 'u3')!.cities).toEqual([])
  })
  it('counts dots on the cluster frame and on its member ideas, from the latest round of each target', () => {
    expect(entry(d, 'youth')!.votes).toEqual({ total: 5, byCity: { helsinki: 1, oslo: 3, stockholm: 1 } })
    const revote = distill(
      snapshot(
        's2',
        '2025-03-12T16:00:00.000Z',
        [frameRecord('c', 'C'), inFrame(idea('a', 'A', 'policy'), 'c')],
        [round('r1', { c: { oslo: 4 } }), round('r2', { c: { oslo: 1 } })],
      ),
      affiliations,
    )
    expect(revote.entries[0].votes.total).toBe(1)
  })
  it('breaks a tie on count by dots, then by precedence challenge < solution < policy < principle', () => {
    expect(entry(d, 'online')!.type).toBe('policy')
    expect(entry(d, 'trust')!.type).toBe('solution')
    const tied = (dots: Record<string, Record<string, number>>) =>
      distill(
        snapshot(
          't',
          '2025-01-01T00:00:00.000Z',
          [frameRecord('c', 'C'), inFrame(idea('p', 'P', 'principle'), 'c'), inFrame(idea('q', 'Q', 'challenge'), 'c')],
          [round('r', dots)],
        ),
        affiliations,
      ).entries[0].type
    expect(tied({})).toBe('challenge')
    expect(tied({ p: { oslo: 1 } })).toBe('principle')
  })
  it('makes an entry of an unclustered idea only when it received votes; never of a cluster of next steps', () => {
    expect(entry(d, 'u1')).toMatchObject({
      type: 'policy',
      title: 'A national exit programme',
      provenance: { clusterId: null, shapeIds: [sid('u1')] },
    })
    expect(entry(d, 'u2')).toBeUndefined()
    expect(entry(d, 'follow')).toBeUndefined()
    expect(d.entries.map((e) => e.title)).toEqual([
      'Youth outreach',
      'Online spaces',
      'A national exit programme',
      'Parents are not reached',
      'Trust',
    ])
  })
})

describe('distill: next steps and cities', () => {
  const d = distill(workshopSnapshot(), affiliations)

  it('makes one next step per next-step idea, owned by its owner city, else its author’s, else nobody', () => {
    expect(d.nextSteps.map((s) => [s.city, s.text, s.votes.total])).toEqual([
      ['stockholm', 'Share the Järva evaluation', 0],
      ['helsinki', 'Pilot late-night youth clubs in two districts', 3],
      ['secretariat', 'Network-wide training day', 0],
      [null, 'Someone should map the online forums', 0],
    ])
    expect(d.nextSteps[1]).toMatchObject({
      id: `step:room-oslo-2025:${sid('y5')}`,
      provenance: { snapshotId: 's1', shapeId: sid('y5'), clusterId: sid('youth') },
    })
    const fallback = distill(
      snapshot('f', '2025-01-01T00:00:00.000Z', [idea('n', 'Do it', 'next-step', { ...by('oslo'), ownerCity: null })]),
      affiliations,
    )
    expect(fallback.nextSteps[0].city).toBe('oslo')
  })
  it('summarises every city (cases, next steps, entries), then other owners, then unowned steps', () => {
    expect(d.cities.map((c) => [c.city, c.caseIds.length, c.nextStepIds.length, c.entryIds.length])).toEqual([
      ['stockholm', 1, 1, 2],
      ['oslo', 0, 0, 1],
      ['helsinki', 0, 1, 3],
      ['copenhagen', 1, 0, 1],
      ['reykjavik', 0, 0, 1],
      ['secretariat', 0, 1, 0],
      [null, 0, 1, 0],
    ])
    expect(d.cities.at(-2)!.name).toBe('Nordic Safe Cities secretariat')
  })
  it('is deterministic: the same result whatever the order of the records', () => {
    const s = workshopSnapshot()
    const shuffled = { ...s, records: [...s.records].reverse() }
    expect(distill(shuffled, affiliations)).toEqual(d)
  })
})
