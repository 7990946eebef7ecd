/** Shapes of the REST API's answers, built on the shared schemas' types. */
import type { Affiliation } from '../../shared/cities.ts'
import type { Invites, Role, Room, RoomStatus } from '../../shared/schema/room.ts'

export type { Affiliation, Invites, Role, Room, RoomStatus }

export type InviteLinks = Record<Role, string | null>

export interface AppConfig {
  affiliations: Affiliation[]
  tldrawLicenseKey: string | null
  /** ACCESSIBILITY_CONTACT: an email address or URL, or null. */
  accessibilityContact: string | null
}

/** A room as the secretariat sees it. */
export type AdminRoom = Room & { invites: Invites; links: InviteLinks; online: number }

export interface InviteInfo {
  room: Pick<Room, 'id' | 'title' | 'date' | 'hostCity' | 'location' | 'status'>
  role: Role
}

/** The participant as a session token describes them. */
export interface SessionParticipant {
  id: string
  name: string
  city: string
  role: Role
}

export interface Session {
  participant: SessionParticipant
  room: Room
}

export interface JoinResult extends Session {
  token: string
}
