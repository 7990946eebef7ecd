/**
 * Erasure, access and retention (GDPR Art. 15 and 17): the request bodies and the answers of
 * server/routes/privacyRoutes.ts.
 */
import { z } from 'zod'

/** Body of POST …/erase and POST …/purge: `confirm` must repeat the id of what is erased or purged. */
export const confirmSchema = z.strictObject({ confirm: z.string().max(200).optional() })

/** Body of PATCH /api/rooms/:roomId. */
export const roomPatchSchema = z.strictObject({
  deleteAfter: z.iso.date({ message: 'deleteAfter must be a calendar date, YYYY-MM-DD' }),
})
export type RoomPatch = z.infer<typeof roomPatchSchema>

/** What an erasure changed, counted where it changed it. */
export interface ErasureReport {
  participantId: string
  /** Ideas on the live board that named them (author or last editor). */
  ideas: number
  /** Case cards on the live board that named them. */
  caseCards: number
  /** Their tldraw user records on the live board. */
  userRecords: number
  /** Their connections closed (presence removed, session refused from now on). */
  connections: number
  /** The control document's "bring everyone here" when it was theirs. */
  control: number
  /** Snapshots redacted (each redaction is recorded in the snapshot's `redactions`). */
  snapshots: number
  /** Capital Code entries whose edit or review marks named them. */
  entries: number
  /** Next steps whose notes, sign-off or edit marks named them. */
  nextSteps: number
  /** Their participant record (removed: their session token is refused from now on). */
  participants: number
}

/** What a purge deleted and kept. */
export interface PurgeReport {
  roomId: string
  purgedAt: string
  documents: number
  snapshots: number
  participants: number
  rounds: number
  /** Entries deleted (not approved), and approved entries kept without author fields. */
  entriesDeleted: number
  entriesKept: number
  nextStepsKept: number
}
