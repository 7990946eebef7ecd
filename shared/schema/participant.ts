import { z } from 'zod'
import { roleSchema } from './room.ts'

const personName = z.string().trim().min(1, 'name is required').max(80)

/**
 * Body of POST /api/join. `invite` is the invite code or the whole invite link (or a personal link).
 * `name` is needed except on a personal link; `city` must be the link's affiliation when the link
 * fixes one (it may be left out then), and a city or Expert on a facilitator or observer link.
 */
export const joinSchema = z.strictObject({
  invite: z.string().trim().min(1, 'invite is required').max(500),
  name: personName.optional(),
  city: z.string().trim().min(1, 'city is required').max(60).optional(),
})
export type Join = z.infer<typeof joinSchema>

export const participantSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  name: z.string(),
  city: z.string(),
  role: roleSchema,
  joinedAt: z.string(),
  /** May write and vote. False while waiting in the lobby (rooms whose admission is `lobby`). */
  admitted: z.boolean().default(true),
  /** Set when a facilitator or the secretariat removed them: their tokens are refused from then on. */
  removedAt: z.string().nullable().default(null),
  /** The invite code they joined through (null for a roster entry), so regenerating it can revoke them. */
  invite: z.string().nullable().default(null),
  /** The code of their personal link (roster entries), or null. */
  personalCode: z.string().nullable().default(null),
})
export type Participant = z.infer<typeof participantSchema>

/** The claims of a session token (a JWT signed by the server). */
export const sessionClaimsSchema = z.object({
  sub: z.string(),
  room: z.string(),
  role: roleSchema,
  name: z.string(),
  city: z.string(),
  /** Not in the token: filled in from the participant store on every check (server/sessions.ts). */
  admitted: z.boolean().optional(),
})
export type SessionClaims = z.infer<typeof sessionClaimsSchema>

/** Body of POST /api/rooms/:roomId/roster: an attendee registered before the room, with a personal link. */
export const rosterEntrySchema = z.strictObject({
  name: personName,
  affiliation: z.string().trim().min(1, 'affiliation is required').max(60),
  role: roleSchema,
})
export type RosterEntry = z.infer<typeof rosterEntrySchema>

/** Body of POST /api/rooms/:roomId/roster/csv: CSV text with the columns name, affiliation, role. */
export const rosterCsvSchema = z.strictObject({ csv: z.string().min(1, 'csv is required').max(60_000) })

/** Body of regenerating or revoking an invite: also remove everyone who joined through the old code. */
export const changeInviteSchema = z.strictObject({ revokeSessions: z.boolean().default(false) })
