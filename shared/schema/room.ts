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
  admission: z.enum(['lobby', 'open']).default('lobby'),
})
export type CreateRoom = z.infer<typeof createRoomSchema>

/**
 * How people who join through an open link (a participant link) come in: `lobby` (the default), they
 * read but neither write nor vote until a facilitator admits them; `open`, at once.
 */
export const ADMISSIONS = ['lobby', 'open'] as const
export const admissionSchema = z.enum(ADMISSIONS)
export type Admission = z.infer<typeof admissionSchema>

/** Body of PATCH /api/rooms/:roomId. */
export const changeRoomSchema = z.strictObject({ admission: admissionSchema })

/** The links that are not per affiliation: each gives its role; the secretariat link gives the affiliation too. */
export const SHARED_LINKS = ['facilitator', 'observer', 'secretariat'] as const
export type SharedLink = (typeof SHARED_LINKS)[number]

const inviteCode = z.string().nullable()

/**
 * Invite codes; null once revoked (until regenerated). One facilitator link, one observer link, one
 * secretariat link and one participant link per affiliation (each city, and Expert), keyed by its id.
 */
export const invitesSchema = z.preprocess(
  (value) => {
    // Rooms stored before links fixed the affiliation had one participant code for everyone: it goes.
    if (typeof value !== 'object' || value === null) return value
    const invites = value as Record<string, unknown>
    const participant =
      typeof invites.participant === 'object' && invites.participant !== null ? invites.participant : {}
    return { secretariat: null, ...invites, participant }
  },
  z.object({
    facilitator: inviteCode,
    observer: inviteCode,
    secretariat: inviteCode,
    participant: z.record(z.string(), inviteCode),
  }),
)
export type Invites = z.infer<typeof invitesSchema>

/** Where an invite code leads: the role and, when the link fixes it, the affiliation. */
export interface InviteTarget {
  role: Role
  /** The affiliation the link fixes; null: the joiner names a city or Expert (facilitator and observer links). */
  affiliation: string | null
}

/** What an invite code opens in `invites`, or undefined. */
export function inviteTarget(invites: Invites, code: string): InviteTarget | undefined {
  if (invites.facilitator === code) return { role: 'facilitator', affiliation: null }
  if (invites.observer === code) return { role: 'observer', affiliation: null }
  if (invites.secretariat === code) return { role: 'participant', affiliation: 'secretariat' }
  for (const [affiliation, value] of Object.entries(invites.participant)) {
    if (value === code) return { role: 'participant', affiliation }
  }
  return undefined
}

export const roomSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  hostCity: z.string(),
  location: z.string(),
  agenda: z.string(),
  status: roomStatusSchema,
  /** Rooms stored before admission existed let everyone in, as they did then. */
  admission: admissionSchema.default('open'),
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
