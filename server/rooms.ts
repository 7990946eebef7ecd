/**
 * Room lifecycle: creating rooms, invites, joining, closing. Knows storage and tokens, not transport.
 */
import { customAlphabet, nanoid } from 'nanoid'
import type { Affiliation } from '../shared/cities.ts'
import type { Participant } from '../shared/schema/participant.ts'
import type { CreateRoom, Role, Room, StoredRoom } from '../shared/schema/room.ts'
import type { SessionTokens } from './auth/sessionTokens.ts'
import { DomainError } from './domainError.ts'
import type { MetadataStore } from './storage/types.ts'

/** Room ids are short and URL-safe; they appear in document names (`<roomId>/board`). */
const newRoomId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 12)
const newInviteCode = () => nanoid(24)

export function publicRoom(room: StoredRoom): Room {
  const { invites: _invites, ...rest } = room
  return rest
}

export interface Rooms {
  create(input: CreateRoom): Promise<StoredRoom>
  list(): Promise<StoredRoom[]>
  get(id: string): Promise<StoredRoom>
  close(id: string): Promise<StoredRoom>
  setInvite(id: string, role: Role, action: 'regenerate' | 'revoke'): Promise<StoredRoom>
  findInvite(code: string): Promise<{ room: StoredRoom; role: Role }>
  join(input: { invite: string; name: string; city: string }): Promise<{ token: string; participant: Participant; room: StoredRoom }>
  markLive(id: string): Promise<void>
  /** Sets the date after which the room is purged (retention). */
  setDeleteAfter(id: string, deleteAfter: string): Promise<StoredRoom>
}

export function createRooms(deps: { metadata: MetadataStore; tokens: SessionTokens; affiliations: Affiliation[] }): Rooms {
  const { metadata, tokens, affiliations } = deps

  async function get(id: string): Promise<StoredRoom> {
    const room = await metadata.getRoom(id)
    if (!room) throw new DomainError('room_not_found', `No room with id ${id}`)
    return room
  }

  async function findInvite(codeOrLink: string) {
    // Accept the bare code or the whole link (…/join/<code>).
    const code = codeOrLink.trim().split('/').filter(Boolean).pop() ?? ''
    const found = code ? await metadata.findRoomByInvite(code) : undefined
    if (!found) throw new DomainError('invite_not_found', 'This invite link is not valid: it may have been revoked')
    return found
  }

  return {
    get,
    findInvite,
    list: () => metadata.listRooms(),

    async create(input) {
      const room: StoredRoom = {
        id: newRoomId(),
        ...input,
        status: 'planned',
        createdAt: new Date().toISOString(),
        closedAt: null,
        invites: { facilitator: newInviteCode(), participant: newInviteCode(), observer: newInviteCode() },
      }
      await metadata.insertRoom(room)
      return room
    },

    async close(id) {
      const closed = await metadata.updateRoom(id, (room) =>
        room.status === 'closed' || room.status === 'purged' ? room : { ...room, status: 'closed', closedAt: new Date().toISOString() },
      )
      return closed ?? get(id)
    },

    async setInvite(id, role, action) {
      if ((await get(id)).status === 'purged') throw new DomainError('room_purged', 'This room has been purged: it has no invites any more')
      const code = action === 'regenerate' ? newInviteCode() : null
      const updated = await metadata.updateRoom(id, (room) => ({ ...room, invites: { ...room.invites, [role]: code } }))
      return updated ?? get(id)
    },

    async join({ invite, name, city }) {
      const { room, role } = await findInvite(invite)
      if (!affiliations.some((a) => a.id === city)) {
        throw new DomainError('invalid_city', `Unknown affiliation "${city}"; one of ${affiliations.map((a) => a.id).join(', ')}`)
      }
      const participant: Participant = { id: nanoid(), roomId: room.id, name, city, role, joinedAt: new Date().toISOString() }
      await metadata.addParticipant(participant)
      const token = await tokens.issue({ sub: participant.id, room: room.id, role, name, city })
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
