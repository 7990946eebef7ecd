/** Typed REST client: one function per endpoint the client uses. */
import type { CreateRoom } from '../../shared/schema/room.ts'
import { apiRequest } from './http.ts'
import type {
  AdminRoom,
  AppConfig,
  InviteInfo,
  InviteLinks,
  Invites,
  JoinResult,
  LinkKey,
  ListedParticipant,
  Lobby,
  Role,
  Room,
  RosterEntryView,
  Session,
} from './types.ts'

export const getConfig = () => apiRequest<AppConfig>('/config')

export const listRooms = (adminToken: string) => apiRequest<{ rooms: AdminRoom[] }>('/rooms', { token: adminToken })

export const createRoom = (adminToken: string, input: CreateRoom) =>
  apiRequest<{ room: Room; invites: Invites; links: InviteLinks }>('/rooms', {
    method: 'POST',
    token: adminToken,
    body: input,
  })

export const closeRoom = (adminToken: string, roomId: string) =>
  apiRequest<{ room: Room }>(`/rooms/${encodeURIComponent(roomId)}/close`, { method: 'POST', token: adminToken })

const roomPath = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`

/** Regenerate (POST) or revoke (DELETE) one invite link; `revokeSessions` also removes everyone who joined through it. */
export const changeInvite = (
  adminToken: string,
  roomId: string,
  link: LinkKey,
  action: 'regenerate' | 'revoke',
  revokeSessions = false,
) =>
  apiRequest<{ invites: Invites; links: InviteLinks; removed: number }>(
    `${roomPath(roomId)}/invites/${typeof link === 'string' ? link : `participant/${encodeURIComponent(link.affiliation)}`}`,
    { method: action === 'regenerate' ? 'POST' : 'DELETE', token: adminToken, body: { revokeSessions } },
  )

export const setAdmission = (token: string, roomId: string, admission: Room['admission']) =>
  apiRequest<{ room: Room }>(roomPath(roomId), { method: 'PATCH', token, body: { admission } })

export const registerAttendee = (
  token: string,
  roomId: string,
  entry: { name: string; affiliation: string; role: Role },
) => apiRequest<RosterEntryView>(`${roomPath(roomId)}/roster`, { method: 'POST', token, body: entry })

export const registerAttendeesCsv = (token: string, roomId: string, csv: string) =>
  apiRequest<{ added: RosterEntryView[] }>(`${roomPath(roomId)}/roster/csv`, { method: 'POST', token, body: { csv } })

export const getRoster = (token: string, roomId: string) =>
  apiRequest<{ roster: RosterEntryView[] }>(`${roomPath(roomId)}/roster`, { token })

export const getLobby = (token: string, roomId: string) => apiRequest<Lobby>(`${roomPath(roomId)}/lobby`, { token })

export const admitParticipant = (token: string, roomId: string, participantId: string) =>
  apiRequest<{ participant: ListedParticipant }>(
    `${roomPath(roomId)}/participants/${encodeURIComponent(participantId)}/admit`,
    {
      method: 'POST',
      token,
    },
  )

export const admitCity = (token: string, roomId: string, city: string) =>
  apiRequest<{ admitted: ListedParticipant[] }>(`${roomPath(roomId)}/lobby/admit`, {
    method: 'POST',
    token,
    body: { city },
  })

export const removeParticipant = (token: string, roomId: string, participantId: string) =>
  apiRequest<{ participant: ListedParticipant }>(
    `${roomPath(roomId)}/participants/${encodeURIComponent(participantId)}`,
    {
      method: 'DELETE',
      token,
    },
  )

export const getInvite = (code: string) => apiRequest<InviteInfo>(`/invites/${encodeURIComponent(code)}`)

export const join = (input: { invite: string; name?: string; city?: string }) =>
  apiRequest<JoinResult>('/join', { method: 'POST', body: input })

export const getSession = (sessionToken: string) => apiRequest<Session>('/session', { token: sessionToken })
