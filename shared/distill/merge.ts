/**
 * Folding a fresh distillation into what is stored. Ids derive from provenance, so the same shape
 * always maps to the same record:
 *
 * - a record distilled before is UPDATED: `generated` takes the fresh values, and so does every
 *   field nobody edited; an edited field (listed in `editedFields`) keeps the person's value;
 *   status, theme, review, notes, dates and sign-off are never touched;
 * - a new shape adds a record (draft / planned);
 * - a stored record of the same room that the fresh snapshot no longer yields is kept, marked
 *   `missing` (people may have approved or worked on it);
 * - a snapshot taken before the one a record was last distilled from changes nothing in it.
 *
 * `updatedAt` moves only when something changed, so merging the same distillation twice is a no-op.
 */
import { EDITABLE_ENTRY_FIELDS, type CodeEntry, type DistilledEntry, type EntryGenerated } from '../schema/codeEntry.ts'
import {
  EDITABLE_NEXT_STEP_FIELDS,
  type DistilledNextStep,
  type NextStep,
  type NextStepGenerated,
} from '../schema/nextStep.ts'
import type { Distilled } from './distill.ts'

export interface Stored {
  entries: CodeEntry[]
  nextSteps: NextStep[]
}

export interface MergeReport {
  added: string[]
  updated: string[]
  missing: string[]
}

export function mergeDistilled(
  existing: Stored,
  fresh: Pick<Distilled, 'snapshot' | 'entries' | 'nextSteps'>,
  now: string,
): Stored & { report: MergeReport } {
  const report: MergeReport = { added: [], updated: [], missing: [] }
  const entries = mergeRecords<DistilledEntry, CodeEntry, EntryGenerated>(
    existing.entries,
    fresh.entries,
    fresh.snapshot,
    now,
    report,
    {
      generated: entryGenerated,
      editable: EDITABLE_ENTRY_FIELDS,
      create: (e) => ({
        ...e,
        generated: entryGenerated(e),
        editedFields: {},
        theme: null,
        status: 'draft',
        reviewed: null,
        rejectionReason: null,
        mergedInto: null,
        missing: false,
        createdAt: now,
        updatedAt: now,
      }),
    },
  )
  const nextSteps = mergeRecords<DistilledNextStep, NextStep, NextStepGenerated>(
    existing.nextSteps,
    fresh.nextSteps,
    fresh.snapshot,
    now,
    report,
    {
      generated: stepGenerated,
      editable: EDITABLE_NEXT_STEP_FIELDS,
      create: (s) => ({
        ...s,
        generated: stepGenerated(s),
        editedFields: {},
        status: 'planned',
        progressNotes: [],
        dueDate: null,
        startedAt: null,
        completedAt: null,
        signedOffBy: null,
        missing: false,
        createdAt: now,
        updatedAt: now,
      }),
    },
  )
  return { entries, nextSteps, report }
}

const entryGenerated = ({ type, title, texts, cities, votes, caseIds }: DistilledEntry): EntryGenerated => ({
  type,
  title,
  texts,
  cities,
  votes,
  caseIds,
})
const stepGenerated = ({ city, text, votes }: DistilledNextStep): NextStepGenerated => ({ city, text, votes })

interface Kind<D, S, G> {
  generated: (d: D) => G
  editable: readonly string[]
  create: (d: D) => S
}

type Fresh = { id: string; roomId: string; provenance: { takenAt: string } }
type Kept = Fresh & {
  editedFields: Partial<Record<string, unknown>>
  missing: boolean
  updatedAt: string
  generated: object
}

function mergeRecords<D extends Fresh, S extends Kept, G extends object>(
  stored: S[],
  fresh: D[],
  snapshot: Distilled['snapshot'],
  now: string,
  report: MergeReport,
  kind: Kind<D, S, G>,
): S[] {
  const freshById = new Map(fresh.map((d) => [d.id, d]))
  const storedIds = new Set(stored.map((s) => s.id))
  const merged = stored.map((record) => {
    if (record.roomId !== snapshot.roomId || record.provenance.takenAt > snapshot.takenAt) return record
    const update = freshById.get(record.id)
    const next = update ? updated(record, update, kind) : { ...record, missing: true }
    if (sameJson(next, record)) return record
    ;(update ? report.updated : report.missing).push(record.id)
    return { ...next, updatedAt: now }
  })
  const added = fresh.filter((d) => !storedIds.has(d.id)).map((d) => kind.create(d))
  report.added.push(...added.map((a) => a.id))
  return [...merged, ...added]
}

/** The stored record with fresh generated values, except where a person edited a field. */
function updated<D extends Fresh, S extends Kept, G extends object>(record: S, fresh: D, kind: Kind<D, S, G>): S {
  const generated = kind.generated(fresh)
  const next: Record<string, unknown> = { ...record, generated, provenance: fresh.provenance, missing: false }
  for (const [field, value] of Object.entries(generated)) {
    if (!(kind.editable.includes(field) && record.editedFields[field])) next[field] = value
  }
  return next as S
}

/** JSON equality that ignores key order (stored records may come back from storage reordered). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys)
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
