/** Shapes of the REST API's answers, built on the shared schemas' types. */
import type { Affiliation } from '../../shared/cities.ts'
import type { Invites, Role, Room, RoomStatus } from '../../shared/schema/room.ts'

export type { Affiliation, Invites, Role, Room, RoomStatus }

/** The join URL of each invite code, in the shape of `Invites`. */
export interface InviteLinks {
  facilitator: string | null
  observer: string | null
  secretariat: string | null
  participant: Record<string, string | null>
}

/** Which invite link an action is about: a shared one, or one affiliation's participant link. */
export type LinkKey = 'facilitator' | 'observer' | 'secretariat' | { affiliation: string }

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
  /** The affiliation the link fixes; null: the joiner picks a city or Expert. */
  affiliation: string | null
  /** A personal link: whose it is. */
  personal: { name: string } | null
}

/** The participant as a session token describes them. */
export interface SessionParticipant {
  id: string
  name: string
  city: string
  role: Role
  /** False while waiting in the lobby. */
  admitted: boolean
}

/** A participant as the API lists them (roster, lobby). */
export interface ListedParticipant extends SessionParticipant {
  joinedAt: string
}

export interface RosterEntryView {
  participant: ListedParticipant
  link: string
}

export interface Lobby {
  waiting: ListedParticipant[]
  /** Everyone admitted and not removed. */
  members: ListedParticipant[]
  admitted: number
  voters: number
}

export interface Session {
  participant: SessionParticipant
  room: Room
}

export interface JoinResult extends Session {
  token: string
}
