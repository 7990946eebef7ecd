/**
 * A snapshot: a room's board, facilitation state and revealed vote results frozen at one moment, so
 * the secretariat can distil it after the room has moved on. Taken by a person (`manual`) or by the
 * server when the phase changes or the room closes (`takenBy: null`).
 */
import { z } from 'zod'
import type { TLRecord } from '@tldraw/tlschema'
import { checkBoardRecord } from '../board/schema.ts'
import { CASE_CARD_TYPE } from '../board/caseCard.ts'
import { readBoard } from '../board/clusters.ts'
import { IDEA_KINDS, type IdeaKind } from '../board/ideas.ts'
import { facilitatorFields, serverFields, type ControlState } from '../control.ts'
import { resultsSchema } from './voting.ts'

export const SNAPSHOT_REASONS = ['manual', 'phase', 'closed'] as const
export const snapshotReasonSchema = z.enum(SNAPSHOT_REASONS)
export type SnapshotReason = z.infer<typeof snapshotReasonSchema>

/** One board record, checked against the board schema (the same check the server's write guard makes). */
export const boardRecordSchema = z.custom<TLRecord>().superRefine((value, ctx) => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined
  const check = checkBoardRecord(typeof id === 'string' ? id : '', value)
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message })
})

/** The whole facilitation state, as `readControl` returns it. */
export const controlStateSchema: z.ZodType<ControlState> = z.object({ ...facilitatorFields, ...serverFields })

export const snapshotAuthorSchema = z.strictObject({ id: z.string().min(1), name: z.string() })

export const snapshotSchema = z.strictObject({
  id: z.string().min(1).max(100),
  roomId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  takenAt: z.iso.datetime(),
  /** Who took it; null when the server did (phase change, room closed). */
  takenBy: snapshotAuthorSchema.nullable(),
  reason: snapshotReasonSchema,
  /**
   * An automatic snapshot's phase that ended, as the agenda named it, so the review can name the
   * snapshot in the reader's language; `name` keeps the English name ("End of Ideas · 20 ideas").
   */
  endedPhase: z.string().max(200).optional(),
  /** The values of the board's `records` map. */
  records: z.array(boardRecordSchema),
  control: controlStateSchema,
  /** Every revealed round's results at that moment, oldest first. */
  results: z.array(resultsSchema),
  /** A hash of the board's records and the results: equal hashes, nothing changed (server-made). */
  contentHash: z.string().max(100).optional(),
  /** Erasures applied to this snapshot (GDPR Art. 17): the one change a snapshot ever takes, recorded here. */
  redactions: z.array(z.strictObject({ at: z.iso.datetime(), reason: z.literal('erasure') })).optional(),
})
export type Snapshot = z.infer<typeof snapshotSchema>

/**
 * A snapshot as read back from storage. It was checked against snapshotSchema when it was written
 * (snapshots never change afterwards), so reading it checks only its shape, not every record again:
 * a full check of a large board's records on every read cost more than the read itself.
 */
export const storedSnapshotSchema = snapshotSchema.extend({
  records: z.array(
    z.custom<TLRecord>(
      (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
    ),
  ),
})

/** Body of a request to take a snapshot by hand. */
export const takeSnapshotSchema = z.strictObject({ name: z.string().trim().min(1, 'name is required').max(200) })
export type TakeSnapshot = z.infer<typeof takeSnapshotSchema>

/** What a snapshot holds, for lists: no records. */
export interface SnapshotSummary {
  id: string
  roomId: string
  name: string
  takenAt: string
  takenBy: Snapshot['takenBy']
  reason: SnapshotReason
  /** The phase that ended, for an automatic snapshot of a phase change (absent in older ones). */
  endedPhase?: string
  cases: number
  /** Ideas per kind; `total` over all kinds. */
  ideas: Record<IdeaKind, number> & { total: number }
  clusters: number
  /** Revealed rounds, and the dots cast in them. */
  votes: { rounds: number; dots: number }
  /** Size of the stored snapshot (its JSON), for the per-room quota; absent in older summaries. */
  bytes?: number
  /** The snapshot's contentHash, if it has one. */
  contentHash?: string
}

/** Counts of what a snapshot holds. Pure. */
export function summarize(snapshot: Snapshot): SnapshotSummary {
  const { ideas, clusters } = readBoard(snapshot.records)
  const byKind = Object.fromEntries(IDEA_KINDS.map((kind) => [kind, 0])) as Record<IdeaKind, number>
  for (const idea of ideas) byKind[idea.kind] += 1
  const cases = snapshot.records.filter((r) => r.typeName === 'shape' && (r.type as string) === CASE_CARD_TYPE).length
  return {
    id: snapshot.id,
    roomId: snapshot.roomId,
    name: snapshot.name,
    takenAt: snapshot.takenAt,
    takenBy: snapshot.takenBy,
    reason: snapshot.reason,
    ...(snapshot.endedPhase !== undefined ? { endedPhase: snapshot.endedPhase } : {}),
    cases,
    ideas: { ...byKind, total: ideas.length },
    clusters: clusters.length,
    votes: { rounds: snapshot.results.length, dots: snapshot.results.reduce((sum, r) => sum + r.dots, 0) },
    bytes: JSON.stringify(snapshot).length,
    ...(snapshot.contentHash ? { contentHash: snapshot.contentHash } : {}),
  }
}
