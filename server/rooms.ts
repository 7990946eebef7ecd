/**
 * Room lifecycle: creating rooms, invites, joining, closing. Knows storage and tokens, not transport.
 *
 * Identity comes from the invitation, never from a form field: a participant link fixes the
 * affiliation (one per city and Expert), the secretariat link gives the secretariat's, a personal link
 * (roster) is one person. Only facilitator and observer links let the joiner name a city or Expert.
 */
import { customAlphabet, nanoid } from 'nanoid'
import type { Affiliation } from '../shared/cities.ts'
import type { Participant } from '../shared/schema/participant.ts'
import type { CreateRoom, Invites, InviteTarget, Room, SharedLink, StoredRoom } from '../shared/schema/room.ts'
import type { SessionTokens } from './auth/sessionTokens.ts'
import { DomainError } from './domainError.ts'
import type { MetadataStore } from './storage/types.ts'

/** Room ids are short and URL-safe; they appear in document names (`<roomId>/board`). */
const newRoomId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12)
export const newInviteCode = () => nanoid(24)

/** Which invite links a change is about: one shared link, one affiliation's participant link, or every participant link. */
export type LinkSelector = { shared: SharedLink } | { affiliation: string } | { allParticipantLinks: true }

export function publicRoom(room: StoredRoom): Room {
  const { invites: _invites, ...rest } = room
  return rest
}

/** The code in an invite: the bare code or the whole link (…/join/<code>). */
export function inviteCodeOf(codeOrLink: string): string {
  return codeOrLink.trim().split('/').filter(Boolean).pop() ?? ''
}

export interface Rooms {
  create(input: CreateRoom): Promise<StoredRoom>
  list(): Promise<StoredRoom[]>
  get(id: string): Promise<StoredRoom>
  close(id: string): Promise<StoredRoom>
  setAdmission(id: string, admission: StoredRoom['admission']): Promise<StoredRoom>
  /** Regenerates or revokes links; answers the room and the codes that stopped working. */
  setInvite(
    id: string,
    links: LinkSelector,
    action: 'regenerate' | 'revoke',
  ): Promise<{ room: StoredRoom; replaced: string[] }>
  /** What an invite code opens: a room link, or a personal link (`personal` set). */
  findInvite(code: string): Promise<{ room: StoredRoom; target: InviteTarget; personal: Participant | null }>
  join(input: {
    invite: string
    name?: string
    city?: string
  }): Promise<{ token: string; participant: Participant; room: StoredRoom }>
  markLive(id: string): Promise<void>
  /** Sets the date after which the room is purged (retention). */
  setDeleteAfter(id: string, deleteAfter: string): Promise<StoredRoom>
}

export function createRooms(deps: {
  metadata: MetadataStore
  tokens: SessionTokens
  affiliations: Affiliation[]
}): Rooms {
  const { metadata, tokens, affiliations } = deps
  const affiliationIds = new Set(affiliations.map((a) => a.id))
  /** Affiliations with a participant link of their own: every city, and Expert. */
  const linkAffiliations = affiliations.filter((a) => a.id !== 'secretariat').map((a) => a.id)

  async function get(id: string): Promise<StoredRoom> {
    const room = await metadata.getRoom(id)
    if (!room) throw new DomainError('room_not_found', `No room with id ${id}`)
    return room
  }

  const inviteNotFound = () =>
    new DomainError('invite_not_found', 'This invite link is not valid: it may have been revoked')

  async function findInvite(codeOrLink: string) {
    const code = inviteCodeOf(codeOrLink)
    if (!code) throw inviteNotFound()
    const personal = await metadata.findParticipantByPersonalCode(code)
    if (personal) {
      if (personal.removedAt) throw inviteNotFound()
      const room = await get(personal.roomId)
      return { room, target: { role: personal.role, affiliation: personal.city }, personal }
    }
    const found = await metadata.findRoomByInvite(code)
    if (!found) throw inviteNotFound()
    return { ...found, personal: null }
  }

  /** The affiliation a join gets: the link's own, or (facilitator and observer links) the one named, never the secretariat. */
  function affiliationOf(target: InviteTarget, city: string | undefined): string {
    if (target.affiliation !== null) {
      if (city !== undefined && city !== target.affiliation) {
        throw new DomainError(
          'affiliation_not_allowed',
          `This link is for the affiliation "${target.affiliation}"; it cannot join as "${city}"`,
        )
      }
      return target.affiliation
    }
    if (city === undefined) throw new DomainError('invalid_request', 'city: a city or Expert is required on this link')
    if (city === 'secretariat') {
      throw new DomainError(
        'affiliation_not_allowed',
        'The secretariat joins through its own link or a personal link, never by choosing it',
      )
    }
    if (!affiliationIds.has(city))
      throw new DomainError('invalid_city', `Unknown affiliation "${city}"; one of ${linkAffiliations.join(', ')}`)
    return city
  }

  return {
    get,
    findInvite,
    list: () => metadata.listRooms(),

    async create(input) {
      const { admission, ...details } = input
      const room: StoredRoom = {
        id: newRoomId(),
        ...details,
        status: 'planned',
        admission,
        createdAt: new Date().toISOString(),
        closedAt: null,
        invites: {
          facilitator: newInviteCode(),
          observer: newInviteCode(),
          secretariat: newInviteCode(),
          participant: Object.fromEntries(linkAffiliations.map((id) => [id, newInviteCode()])),
        },
      }
      await metadata.insertRoom(room)
      return room
    },

    async close(id) {
      const closed = await metadata.updateRoom(id, (room) =>
        room.status === 'closed' || room.status === 'purged'
          ? room
          : { ...room, status: 'closed', closedAt: new Date().toISOString() },
      )
      return closed ?? get(id)
    },

    async setAdmission(id, admission) {
      return (await metadata.updateRoom(id, (room) => ({ ...room, admission }))) ?? get(id)
    },

    async setInvite(id, links, action) {
      if ((await get(id)).status === 'purged')
        throw new DomainError('room_purged', 'This room has been purged: it has no invites any more')
      if ('affiliation' in links && !linkAffiliations.includes(links.affiliation)) {
        throw new DomainError(
          'invalid_affiliation',
          `No participant link for "${links.affiliation}"; one of ${linkAffiliations.join(', ')}`,
        )
      }
      const fresh = () => (action === 'regenerate' ? newInviteCode() : null)
      let replaced: string[] = []
      const updated = await metadata.updateRoom(id, (room) => {
        const invites: Invites = { ...room.invites, participant: { ...room.invites.participant } }
        if ('shared' in links) {
          replaced = [invites[links.shared]].filter((c): c is string => c !== null)
          invites[links.shared] = fresh()
        } else {
          const ids = 'affiliation' in links ? [links.affiliation] : linkAffiliations
          replaced = ids
            .map((a) => (Object.hasOwn(invites.participant, a) ? invites.participant[a] : null))
            .filter((c): c is string => c !== null)
          for (const a of ids) invites.participant[a] = fresh()
        }
        return { ...room, invites }
      })
      if (!updated) throw new DomainError('room_not_found', `No room with id ${id}`)
      return { room: updated, replaced }
    },

    async join({ invite, name, city }) {
      const code = inviteCodeOf(invite)
      const { room, target, personal } = await findInvite(code)
      if (personal) {
        // The same person on any device: same participant, same vote budget.
        affiliationOf(target, city)
        const token = await tokens.issue({
          sub: personal.id,
          room: room.id,
          role: personal.role,
          name: personal.name,
          city: personal.city,
        })
        return { token, participant: personal, room }
      }
      const affiliation = affiliationOf(target, city)
      if (!name) throw new DomainError('invalid_request', 'name: a display name is required')
      // Only participant links wait in the lobby: facilitator, observer and secretariat links are handed to few.
      const waits = room.admission === 'lobby' && target.role === 'participant' && target.affiliation !== 'secretariat'
      const participant: Participant = {
        id: nanoid(),
        roomId: room.id,
        name,
        city: affiliation,
        role: target.role,
        joinedAt: new Date().toISOString(),
        admitted: !waits,
        removedAt: null,
        invite: code,
        personalCode: null,
      }
      await metadata.addParticipant(participant)
      const token = await tokens.issue({
        sub: participant.id,
        room: room.id,
        role: participant.role,
        name,
        city: affiliation,
      })
      return { token, participant, room }
    },

    async setDeleteAfter(id, deleteAfter) {
      const updated = await metadata.updateRoom(id, (room) => ({ ...room, deleteAfter }))
      return updated ?? get(id)
    },

    async markLive(id) {
      if ((await metadata.getRoom(id))?.status !== 'planned') return
      await metadata.updateRoom(id, (room) => (room.status === 'planned' ? { ...room, status: 'live' } : room))
    },
  }
}
