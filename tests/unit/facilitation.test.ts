import { describe, expect, it } from 'vitest'
import { readBoard } from '../../shared/board/clusters.ts'
import { authorFields, newIdeaMeta } from '../../shared/board/ideas.ts'
import { readControl, timerRemaining, DEFAULT_CONTROL } from '../../shared/control.ts'
import { nextTimer } from '../../server/facilitation/timer.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'

const sven = { id: 'p-sven', name: 'Sven', city: 'stockholm' }

describe('identity modes', () => {
  it('keeps the whole identity when named, the city alone in city mode, nothing when anonymous', () => {
    expect(authorFields(sven, 'named')).toEqual({ authorId: 'p-sven', authorName: 'Sven', city: 'stockholm' })
    expect(authorFields(sven, 'city')).toEqual({ authorId: null, authorName: null, city: 'stockholm' })
    expect(authorFields(sven, 'anonymous')).toEqual({ authorId: null, authorName: null, city: null })
  })
  it('gives next steps an owner city, the author’s, even when the author is anonymous', () => {
    expect(newIdeaMeta('next-step', sven, 'anonymous')).toEqual({
      kind: 'next-step',
      authorId: null,
      authorName: null,
      city: null,
      ownerCity: 'stockholm',
    })
    expect(newIdeaMeta('policy', sven, 'named').ownerCity).toBeNull()
  })
})

describe('timer', () => {
  const t0 = 1_000_000
  it('starts, pauses with what is left, adds minutes and resumes', () => {
    const started = nextTimer(DEFAULT_CONTROL.timer, { action: 'start', minutes: 5 }, t0)
    expect(timerRemaining(started, t0 + 60_000)).toBe(240_000)
    const paused = nextTimer(started, { action: 'pause' }, t0 + 60_000)
    expect(paused).toEqual({ running: false, endsAt: null, remainingMs: 240_000 })
    expect(timerRemaining(paused, t0 + 999_999)).toBe(240_000)
    const longer = nextTimer(paused, { action: 'add', minutes: 1 }, t0 + 70_000)
    expect(longer.remainingMs).toBe(300_000)
    const resumed = nextTimer(longer, { action: 'start' }, t0 + 80_000)
    expect(resumed).toEqual({ running: true, endsAt: t0 + 380_000, remainingMs: 300_000 })
    expect(timerRemaining(resumed, t0 + 500_000)).toBe(0)
    expect(nextTimer(resumed, { action: 'reset' }, t0)).toEqual({ running: false, endsAt: null, remainingMs: 0 })
  })
})

describe('control state', () => {
  it('falls back to defaults for missing or malformed fields', () => {
    const state = readControl({ phase: 3, locked: 'yes', identityMode: 'city' })
    expect(state).toMatchObject({ phase: 3, locked: false, identityMode: 'city', phases: DEFAULT_CONTROL.phases })
  })
})

describe('reading a board', () => {
  it('puts an idea in the frame that is its parent or that contains its centre, and reads its text', () => {
    const records = [
      frameRecord('f1', 'Families', 0, 0, 500, 500),
      frameRecord('f2', '  ', 1000, 0, 500, 500),
      { ...noteRecord('child', 'Support for parents'), parentId: 'shape:f1', x: 10, y: 10 },
      noteRecord('over', 'Parent helpline', 1100, 100),
      noteRecord('outside', 'Alone', 3000, 3000),
      { ...noteRecord('plain', 'not an idea'), meta: {} },
    ]
    const { ideas, clusters } = readBoard(records as never)
    expect(ideas.map((i) => [i.id, i.clusterId, i.text])).toEqual([
      ['shape:child', 'shape:f1', 'Support for parents'],
      ['shape:over', 'shape:f2', 'Parent helpline'],
      ['shape:outside', null, 'Alone'],
    ])
    expect(clusters).toEqual([
      { id: 'shape:f1', title: 'Families', ideaIds: ['shape:child'] },
      { id: 'shape:f2', title: 'Untitled cluster', ideaIds: ['shape:over'] },
    ])
  })
})
