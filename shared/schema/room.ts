import { z } from 'zod'

export const ROLES = ['facilitator', 'participant', 'observer'] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

/** `purged`: the retention period ended (or the secretariat purged it); only the room's record and its approved results remain. */
export const ROOM_STATUSES = ['planned', 'live', 'closed', 'purged'] as const
export const roomStatusSchema = z.enum(ROOM_STATUSES)
export type RoomStatus = z.infer<typeof roomStatusSchema>

const isoDate = z.iso.date({ message: 'date must be a calendar date, YYYY-MM-DD' })

/** Body of POST /api/rooms. */
export const createRoomSchema = z.strictObject({
  title: z.string().trim().min(1, 'title is required').max(200),
  date: isoDate,
  hostCity: z.string().trim().min(1, 'hostCity is required').max(100),
  location: z.string().trim().min(1, 'location is required').max(200),
  agenda: z.string().trim().max(4000).default(''),
})
export type CreateRoom = z.infer<typeof createRoomSchema>

/** Invite codes per role; null once revoked (until regenerated). */
export const invitesSchema = z.object({
  facilitator: z.string().nullable(),
  participant: z.string().nullable(),
  observer: z.string().nullable(),
})
export type Invites = z.infer<typeof invitesSchema>

export const roomSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  hostCity: z.string(),
  location: z.string(),
  agenda: z.string(),
  status: roomStatusSchema,
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  /** The date after which the room is purged, as the secretariat set it; absent or null: the default (server/privacy/retention.ts). */
  deleteAfter: isoDate.nullable().optional(),
  /** When the room was purged. */
  purgedAt: z.string().nullable().optional(),
})
export type Room = z.infer<typeof roomSchema>

/** A room as the secretariat stores it: the public room plus its invite codes. */
export const storedRoomSchema = roomSchema.extend({ invites: invitesSchema })
export type StoredRoom = z.infer<typeof storedRoomSchema>
