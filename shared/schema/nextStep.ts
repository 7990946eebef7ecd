/**
 * Next steps: one per `next-step` idea of a distilled snapshot, owned by a city, followed up between
 * rooms (status, progress notes, sign-off). Like entries (codeEntry.ts), a stored next step keeps
 * the last distilled values in `generated`; a field a person edited keeps the person's value, and
 * status, notes, dates and sign-off are never touched by distillation.
 */
import { z } from 'zod'
import { editMarkSchema, voteCountSchema } from './codeEntry.ts'

export const NEXT_STEP_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const
export const nextStepStatusSchema = z.enum(NEXT_STEP_STATUSES)
export type NextStepStatus = z.infer<typeof nextStepStatusSchema>

export const NEXT_STEP_STATUS_LABELS: Record<NextStepStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
}

/** The values distillation produces for a next step. */
export const nextStepGeneratedSchema = z.strictObject({
  /** The owner city (the idea's `ownerCity`, else its author's city); null when neither is known. */
  city: z.string().nullable(),
  text: z.string(),
  /** Dots on the next-step idea itself (not on its cluster: a cluster's dots endorse its theme). */
  votes: voteCountSchema,
})
export type NextStepGenerated = z.infer<typeof nextStepGeneratedSchema>

export const EDITABLE_NEXT_STEP_FIELDS = ['city', 'text'] as const
export type EditableNextStepField = (typeof EDITABLE_NEXT_STEP_FIELDS)[number]
export const editableNextStepFieldSchema = z.enum(EDITABLE_NEXT_STEP_FIELDS)

export const nextStepProvenanceSchema = z.strictObject({
  snapshotId: z.string(),
  takenAt: z.iso.datetime(),
  shapeId: z.string(),
  /** The cluster the idea was in, if any: context for the reader. */
  clusterId: z.string().nullable(),
})
export type NextStepProvenance = z.infer<typeof nextStepProvenanceSchema>

/** What `distill` returns for one next step; the id is `step:<roomId>:<shapeId>`. */
export const distilledNextStepSchema = nextStepGeneratedSchema.extend({
  id: z.string(),
  roomId: z.string(),
  provenance: nextStepProvenanceSchema,
})
export type DistilledNextStep = z.infer<typeof distilledNextStepSchema>

export const progressNoteSchema = z.strictObject({ at: z.iso.datetime(), by: z.string(), text: z.string() })
export type ProgressNote = z.infer<typeof progressNoteSchema>

export const signOffSchema = z.strictObject({ id: z.string(), name: z.string(), at: z.iso.datetime() })

/** A next step as stored. */
export const nextStepSchema = distilledNextStepSchema.extend({
  generated: nextStepGeneratedSchema,
  editedFields: z.partialRecord(editableNextStepFieldSchema, editMarkSchema),
  status: nextStepStatusSchema,
  progressNotes: z.array(progressNoteSchema),
  /** Target date (YYYY-MM-DD), set by people. */
  dueDate: z.iso.date().nullable(),
  startedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  /** The city's sign-off that the step is theirs (or is done). */
  signedOffBy: signOffSchema.nullable(),
  missing: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type NextStep = z.infer<typeof nextStepSchema>

/** Body of PATCH /…/next-steps/:stepId (the secretariat, or the owning city). */
export const nextStepPatchSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('edit'),
    text: z.string().trim().min(1).max(2000).optional(),
    city: z.string().min(1).max(100).nullable().optional(),
    dueDate: z.iso.date().nullable().optional(),
    revert: z.array(editableNextStepFieldSchema).optional(),
  }),
  z.strictObject({ action: z.literal('status'), status: nextStepStatusSchema }),
  z.strictObject({ action: z.literal('note'), text: z.string().trim().min(1).max(4000) }),
  z.strictObject({ action: z.literal('sign-off') }),
])
export type NextStepPatch = z.infer<typeof nextStepPatchSchema>
