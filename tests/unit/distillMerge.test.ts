import { describe, expect, it } from 'vitest'
import { distill } from '../../shared/distill/distill.ts'
import { applyEntryPatch, applyNextStepPatch, mergeEntries } from '../../shared/distill/edits.ts'
import { mergeDistilled, type Stored } from '../../shared/distill/merge.ts'
import { codeEntrySchema, entryPatchSchema } from '../../shared/schema/codeEntry.ts'
import { nextStepPatchSchema, nextStepSchema } from '../../shared/schema/nextStep.ts'
import { affiliations, laterSnapshot, sid, workshopSnapshot } from '../fixtures/boards.ts'

const T1 = '2025-03-13T09:00:00.000Z'
const T2 = '2025-03-14T09:00:00.000Z'
const T3 = '2025-03-15T09:00:00.000Z'
const empty: Stored = { entries: [], nextSteps: [] }
const secretariat = { id: 'admin', name: 'Secretariat' }
const first = distill(workshopSnapshot(), affiliations)
const later = distill(laterSnapshot(), affiliations)
const entryOf = (stored: Stored, shape: string) =>
  stored.entries.find((e) => e.id === `entry:room-oslo-2025:${sid(shape)}`)!
const stepOf = (stored: Stored, shape: string) =>
  stored.nextSteps.find((s) => s.id === `step:room-oslo-2025:${sid(shape)}`)!

describe('mergeDistilled', () => {
  it('stores new drafts and planned steps that pass the stored schemas', () => {
    const stored = mergeDistilled(empty, first, T1)
    expect(stored.report.added).toHaveLength(first.entries.length + first.nextSteps.length)
    for (const e of stored.entries)
      expect(codeEntrySchema.parse(e)).toMatchObject({ status: 'draft', editedFields: {}, missing: false })
    for (const s of stored.nextSteps)
      expect(nextStepSchema.parse(s)).toMatchObject({ status: 'planned', progressNotes: [] })
  })

  it('is idempotent: the same snapshot twice changes nothing and duplicates nothing', () => {
    const once = mergeDistilled(empty, first, T1)
    const twice = mergeDistilled(once, distill(workshopSnapshot(), affiliations), T2)
    expect(twice.entries).toEqual(once.entries)
    expect(twice.nextSteps).toEqual(once.nextSteps)
    expect(twice.report).toEqual({ added: [], updated: [], missing: [] })
  })

  it('updates what came from the same shapes when a later snapshot is distilled, and marks what is gone', () => {
    const stored = mergeDistilled(mergeDistilled(empty, first, T1), later, T2)
    expect(stored.entries).toHaveLength(first.entries.length)
    expect(new Set(stored.entries.map((e) => e.id)).size).toBe(stored.entries.length)
    const trust = entryOf(stored, 'trust')
    expect(trust).toMatchObject({
      title: 'Trust and dialogue',
      type: 'challenge',
      votes: { total: 4 },
      updatedAt: T2,
      createdAt: T1,
    })
    expect(trust.provenance).toMatchObject({ snapshotId: 's2-auto', takenAt: '2025-03-12T16:00:00.000Z' })
    expect(entryOf(stored, 'online').texts).toEqual([
      'Algorithms push extreme content',
      'Recruitment moves to closed chats',
    ])
    expect(entryOf(stored, 'u1').texts).toEqual(['A national exit programme for all ages'])
    expect(stored.report.missing).toEqual([])
  })

  it('never overwrites a field a person edited, nor status or theme; other fields follow the board', () => {
    const stored = mergeDistilled(empty, first, T1)
    const trust = entryOf(stored, 'trust')
    const edit = entryPatchSchema.parse({ action: 'edit', title: 'Building trust', theme: 'Trust' })
    if (edit.action !== 'edit') throw new Error('expected an edit')
    const edited = applyEntryPatch(
      applyEntryPatch(trust, edit, secretariat, T2),
      { action: 'approve' },
      secretariat,
      T2,
    )
    const withEdit = { ...stored, entries: stored.entries.map((e) => (e.id === trust.id ? edited : e)) }

    const after = entryOf(mergeDistilled(withEdit, later, T3), 'trust')
    expect(after).toMatchObject({
      title: 'Building trust',
      theme: 'Trust',
      status: 'approved',
      type: 'challenge',
      editedFields: { title: { by: 'admin', at: T2 } },
    })
    expect(after.generated.title).toBe('Trust and dialogue')
    expect(after.texts).toContain('Young people drift away from school')

    const reverted = applyEntryPatch(after, { action: 'edit', revert: ['title'] }, secretariat, T3)
    expect(reverted.title).toBe('Trust and dialogue')
    expect(reverted.editedFields).toEqual({})
  })

  it('keeps a next step’s edited text, status, notes and sign-off when distilled again', () => {
    const stored = mergeDistilled(empty, first, T1)
    let step = stepOf(stored, 'y5')
    for (const body of [
      { action: 'edit', text: 'Pilot late-night youth clubs in Kallio' },
      { action: 'status', status: 'in-progress' },
      { action: 'note', text: 'Premises found' },
      { action: 'sign-off' },
    ]) {
      step = applyNextStepPatch(step, nextStepPatchSchema.parse(body), { id: 'p-hel', name: 'Helsinki lead' }, T2)
    }
    const withEdit = { ...stored, nextSteps: stored.nextSteps.map((s) => (s.id === step.id ? step : s)) }
    const again = stepOf(mergeDistilled(withEdit, later, T3), 'y5')
    expect(again).toMatchObject({
      text: 'Pilot late-night youth clubs in Kallio',
      status: 'in-progress',
      startedAt: T2,
      progressNotes: [{ at: T2, by: 'Helsinki lead', text: 'Premises found' }],
      signedOffBy: { id: 'p-hel', name: 'Helsinki lead', at: T2 },
      generated: { text: 'Pilot late-night youth clubs in two districts' },
    })
  })

  it('marks a record missing when a later snapshot no longer has its shapes, and keeps it', () => {
    const stored = mergeDistilled(empty, first, T1)
    const gone = { ...later, entries: later.entries.filter((e) => !e.id.endsWith(sid('u3'))) }
    const next = mergeDistilled(stored, gone, T2)
    expect(next.report.missing).toEqual([`entry:room-oslo-2025:${sid('u3')}`])
    expect(entryOf(next, 'u3')).toMatchObject({ missing: true, updatedAt: T2 })
  })

  it('lets an older snapshot change nothing, and leaves other rooms alone', () => {
    const stored = mergeDistilled(mergeDistilled(empty, first, T1), later, T2)
    const back = mergeDistilled(stored, first, T3)
    expect(back.entries).toEqual(stored.entries)
    expect(back.report.updated).toEqual([])
    const otherRoom = { ...first, snapshot: { ...first.snapshot, roomId: 'elsewhere' }, entries: [], nextSteps: [] }
    expect(mergeDistilled(stored, otherRoom, T3).entries).toEqual(stored.entries)
  })

  it('merges one entry into another: the target keeps both, the source is rejected, distillation keeps it so', () => {
    const stored = mergeDistilled(empty, first, T1)
    const result = mergeEntries(entryOf(stored, 'u1'), entryOf(stored, 'online'), secretariat, T2)
    if ('error' in result) throw new Error(result.message)
    const [source, target] = result
    expect(source).toMatchObject({ status: 'rejected', mergedInto: target.id })
    expect(target.texts).toEqual([
      'Fund digital youth workers',
      'Recruitment moves to closed chats',
      'A national exit programme',
    ])
    const withMerge = {
      ...stored,
      entries: stored.entries.map((e) => (e.id === source.id ? source : e.id === target.id ? target : e)),
    }
    const again = mergeDistilled(withMerge, later, T3)
    expect(entryOf(again, 'online').texts).toContain('A national exit programme')
    expect(entryOf(again, 'u1').status).toBe('rejected')
    expect(mergeEntries(source, source, secretariat, T2)).toMatchObject({ error: 'invalid_merge' })
  })
})
