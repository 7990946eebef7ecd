/**
 * Entries of The Capital Code: what distillation proposes from a snapshot's clusters, and what the
 * secretariat stores, edits and approves.
 *
 * A stored entry keeps two copies of what distillation produces: `generated` (the last distilled
 * values, always refreshed) and the entry's own fields (what is shown and published). A field a
 * person edited is listed in `editedFields` and keeps the person's value however often the room is
 * distilled again; `status`, `theme` and the review fields are never touched by distillation.
 */
import { z } from 'zod'

export const ENTRY_TYPES = ['challenge', 'solution', 'policy', 'principle'] as const
export const entryTypeSchema = z.enum(ENTRY_TYPES)
export type EntryType = z.infer<typeof entryTypeSchema>

export const ENTRY_SECTION_TITLES: Record<EntryType, string> = {
  challenge: 'Key challenges',
  solution: 'Solutions',
  policy: 'Policy recommendations',
  principle: 'Guiding principles',
}

export const ENTRY_STATUSES = ['draft', 'approved', 'rejected'] as const
export const entryStatusSchema = z.enum(ENTRY_STATUSES)
export type EntryStatus = z.infer<typeof entryStatusSchema>

/** Dots on a target (or a group of targets): the total and the split by voter's affiliation. */
export const voteCountSchema = z.strictObject({
  total: z.number().int().min(0),
  byCity: z.record(z.string(), z.number().int().min(0)),
})
export type VoteCount = z.infer<typeof voteCountSchema>

/** Who changed something, and when (ISO 8601). */
export const editMarkSchema = z.strictObject({ by: z.string(), at: z.iso.datetime() })
export type EditMark = z.infer<typeof editMarkSchema>

const text = z.string().trim().min(1).max(2000)

/** The values distillation produces for an entry. */
export const entryGeneratedSchema = z.strictObject({
  type: entryTypeSchema,
  title: z.string().max(200),
  texts: z.array(z.string()),
  /** City ids: the member ideas' authors' cities and next steps' owner cities, in the configured order. */
  cities: z.array(z.string()),
  votes: voteCountSchema,
  /** Shape ids of the case cards in the cluster. */
  caseIds: z.array(z.string()),
})
export type EntryGenerated = z.infer<typeof entryGeneratedSchema>

/** The fields a person may edit; `votes` is a count and stays what the room voted. */
export const EDITABLE_ENTRY_FIELDS = ['type', 'title', 'texts', 'cities', 'caseIds'] as const
export type EditableEntryField = (typeof EDITABLE_ENTRY_FIELDS)[number]
export const editableEntryFieldSchema = z.enum(EDITABLE_ENTRY_FIELDS)

export const entryProvenanceSchema = z.strictObject({
  snapshotId: z.string(),
  /** When that snapshot was taken: a later distillation of an older snapshot changes nothing. */
  takenAt: z.iso.datetime(),
  /** The cluster's frame, or null for an unclustered idea that received votes. */
  clusterId: z.string().nullable(),
  /** The frame (if any) and every member idea. */
  shapeIds: z.array(z.string()),
})
export type EntryProvenance = z.infer<typeof entryProvenanceSchema>

/** What `distill` returns for one entry; the id derives from provenance: `entry:<roomId>:<shapeId>`. */
export const distilledEntrySchema = entryGeneratedSchema.extend({
  id: z.string(),
  roomId: z.string(),
  provenance: entryProvenanceSchema,
})
export type DistilledEntry = z.infer<typeof distilledEntrySchema>

/** An entry as stored. */
export const codeEntrySchema = distilledEntrySchema.extend({
  generated: entryGeneratedSchema,
  editedFields: z.partialRecord(editableEntryFieldSchema, editMarkSchema),
  /** Theme for grouping in the publication; null groups by title. Set by people only. */
  theme: z.string().max(200).nullable(),
  status: entryStatusSchema,
  /** Who approved or rejected it. */
  reviewed: editMarkSchema.nullable(),
  rejectionReason: z.string().nullable(),
  /** Set when the secretariat merged this entry into another one (it is then rejected). */
  mergedInto: z.string().nullable(),
  /** True when the latest distilled snapshot no longer holds its shapes (kept: people may have worked on it). */
  missing: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type CodeEntry = z.infer<typeof codeEntrySchema>

/** Body of PATCH /…/entries/:entryId (secretariat). */
export const entryPatchSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('edit'),
    type: entryTypeSchema.optional(),
    title: text.max(200).optional(),
    texts: z.array(text).min(1).max(100).optional(),
    cities: z.array(z.string().min(1).max(100)).max(20).optional(),
    caseIds: z.array(z.string().min(1).max(100)).max(50).optional(),
    theme: z.string().trim().max(200).nullable().optional(),
    /** Fields to hand back to distillation: they take the generated value and follow it again. */
    revert: z.array(editableEntryFieldSchema).optional(),
  }),
  z.strictObject({ action: z.literal('approve') }),
  z.strictObject({ action: z.literal('reject'), reason: z.string().trim().max(1000).optional() }),
  z.strictObject({ action: z.literal('reopen') }),
  /** Fold this entry into another one of the same room: its texts, cities and cases move there. */
  z.strictObject({ action: z.literal('merge'), into: z.string().min(1).max(200) }),
])
export type EntryPatch = z.infer<typeof entryPatchSchema>
