import { describe, expect, it } from 'vitest'
import { diffSnapshots } from '../../shared/distill/snapshotDiff.ts'
import { laterSnapshot, sid, workshopSnapshot } from '../fixtures/boards.ts'

describe('diffSnapshots', () => {
  it('lists added, removed, edited and moved ideas, renamed clusters and changed votes, with ids', () => {
    const diff = diffSnapshots(workshopSnapshot(), laterSnapshot())
    expect(diff.from).toBe('s1')
    expect(diff.to).toBe('s2-auto')
    expect(diff.ideas.added.map((i) => [i.id, i.kind, i.clusterId])).toEqual([[sid('o3'), 'challenge', sid('online')]])
    expect(diff.ideas.removed.map((i) => [i.id, i.text])).toEqual([[sid('o2'), 'Fund digital youth workers']])
    expect(diff.ideas.edited.map((e) => [e.id, e.changed, e.after.text])).toEqual([
      [sid('u1'), ['text'], 'A national exit programme for all ages'],
      [sid('y3'), ['text'], 'Mentors from the same neighbourhood'],
    ])
    expect(diff.ideas.moved).toEqual([
      {
        id: sid('y4'),
        from: sid('youth'),
        to: sid('trust'),
        fromTitle: 'Youth outreach',
        toTitle: 'Trust and dialogue',
      },
    ])
    expect(diff.clusters).toEqual({
      added: [],
      removed: [],
      renamed: [{ id: sid('trust'), before: 'Trust', after: 'Trust and dialogue' }],
    })
    expect(diff.votes).toEqual([{ targetId: sid('trust'), before: 0, after: 4, delta: 4 }])
  })

  it('notices a change of kind, and finds nothing between a snapshot and itself', () => {
    const a = workshopSnapshot()
    const b = {
      ...a,
      id: 'b',
      records: a.records.map((r) => (r.id === sid('u2') ? { ...r, meta: { ...r.meta, kind: 'solution' } } : r)),
    }
    expect(diffSnapshots(a, b).ideas.edited).toMatchObject([
      { id: sid('u2'), changed: ['kind'], before: { kind: 'principle' }, after: { kind: 'solution' } },
    ])
    const same = diffSnapshots(a, a)
    expect(
      [...Object.values(same.ideas), ...Object.values(same.clusters), same.votes].every((list) => list.length === 0),
    ).toBe(true)
  })
})
