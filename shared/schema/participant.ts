import { z } from 'zod'
import { roleSchema } from './room.ts'

/** Body of POST /api/join. `invite` is the invite code or the whole invite link. */
export const joinSchema = z.strictObject({
  invite: z.string().trim().min(1, 'invite is required').max(500),
  name: z.string().trim().min(1, 'name is required').max(80),
  city: z.string().trim().min(1, 'city is required').max(60),
})
export type Join = z.infer<typeof joinSchema>

export const participantSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  name: z.string(),
  city: z.string(),
  role: roleSchema,
  joinedAt: z.string(),
})
export type Participant = z.infer<typeof participantSchema>

/** The claims of a session token (a JWT signed by the server). */
export const sessionClaimsSchema = z.object({
  sub: z.string(),
  room: z.string(),
  role: roleSchema,
  name: z.string(),
  city: z.string(),
})
export type SessionClaims = z.infer<typeof sessionClaimsSchema>
