/**
 * People's changes to stored entries and next steps, as pure functions of the record, the validated
 * PATCH body (codeEntry.ts / nextStep.ts), who sends it and when. An edited field is marked in
 * `editedFields` so that distillation never overwrites it (merge.ts); `revert` hands a field back.
 */
import type { CodeEntry, EditableEntryField, EntryPatch } from '../schema/codeEntry.ts'
import type { EditableNextStepField, NextStep, NextStepPatch } from '../schema/nextStep.ts'

export interface Actor {
  id: string
  name: string
}

type Refusal = { error: 'invalid_merge'; message: string }

/** Applies an edit/approve/reject/reopen to `entry`. A merge needs both entries: see `mergeEntries`. */
export function applyEntryPatch(
  entry: CodeEntry,
  patch: Exclude<EntryPatch, { action: 'merge' }>,
  actor: Actor,
  now: string,
): CodeEntry {
  const mark = { by: actor.id, at: now }
  switch (patch.action) {
    case 'approve':
      return { ...entry, status: 'approved', reviewed: mark, rejectionReason: null, updatedAt: now }
    case 'reject':
      return { ...entry, status: 'rejected', reviewed: mark, rejectionReason: patch.reason ?? null, updatedAt: now }
    case 'reopen':
      return { ...entry, status: 'draft', reviewed: null, rejectionReason: null, mergedInto: null, updatedAt: now }
    case 'edit': {
      const { action: _action, revert = [], theme, ...fields } = patch
      const next: CodeEntry = { ...entry, editedFields: { ...entry.editedFields }, updatedAt: now }
      if (theme !== undefined) next.theme = theme
      for (const [field, value] of Object.entries(fields) as [EditableEntryField, never][]) {
        if (value === undefined) continue
        next[field] = value
        next.editedFields[field] = mark
      }
      for (const field of revert) {
        ;(next as Record<EditableEntryField, unknown>)[field] = entry.generated[field]
        delete next.editedFields[field]
      }
      return next
    }
  }
}

/**
 * Folds `source` into `target` (same room): the target gains the source's texts, cities and cases
 * (those fields become edited, so distillation keeps them); the source is rejected with `mergedInto`.
 */
export function mergeEntries(
  source: CodeEntry,
  target: CodeEntry,
  actor: Actor,
  now: string,
): [CodeEntry, CodeEntry] | Refusal {
  if (source.id === target.id || source.roomId !== target.roomId) {
    return { error: 'invalid_merge', message: 'An entry can only be merged into another entry of the same room' }
  }
  const mark = { by: actor.id, at: now }
  const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))]
  const merged: CodeEntry = {
    ...target,
    texts: union(target.texts, source.texts),
    cities: union(target.cities, source.cities),
    caseIds: union(target.caseIds, source.caseIds),
    editedFields: { ...target.editedFields, texts: mark, cities: mark, caseIds: mark },
    updatedAt: now,
  }
  const folded: CodeEntry = {
    ...source,
    status: 'rejected',
    reviewed: mark,
    rejectionReason: `Merged into ${target.title}`,
    mergedInto: target.id,
    updatedAt: now,
  }
  return [folded, merged]
}

/** Applies an edit, a status change, a progress note or a sign-off to `step`. */
export function applyNextStepPatch(step: NextStep, patch: NextStepPatch, actor: Actor, now: string): NextStep {
  const mark = { by: actor.id, at: now }
  switch (patch.action) {
    case 'status':
      return {
        ...step,
        status: patch.status,
        startedAt: patch.status === 'in-progress' ? (step.startedAt ?? now) : step.startedAt,
        completedAt: patch.status === 'done' ? now : null,
        updatedAt: now,
      }
    case 'note':
      return {
        ...step,
        progressNotes: [...step.progressNotes, { at: now, by: actor.name, text: patch.text }],
        updatedAt: now,
      }
    case 'sign-off':
      return { ...step, signedOffBy: { id: actor.id, name: actor.name, at: now }, updatedAt: now }
    case 'edit': {
      const next: NextStep = { ...step, editedFields: { ...step.editedFields }, updatedAt: now }
      if (patch.dueDate !== undefined) next.dueDate = patch.dueDate
      if (patch.text !== undefined) [next.text, next.editedFields.text] = [patch.text, mark]
      if (patch.city !== undefined) [next.city, next.editedFields.city] = [patch.city, mark]
      for (const field of patch.revert ?? ([] as EditableNextStepField[])) {
        ;(next as Record<EditableNextStepField, unknown>)[field] = step.generated[field]
        delete next.editedFields[field]
      }
      return next
    }
  }
}
