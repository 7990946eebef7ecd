/** Typed REST client: one function per endpoint the client uses. */
import type { CreateRoom } from '../../shared/schema/room.ts'
import { apiRequest } from './http.ts'
import type { AdminRoom, AppConfig, InviteInfo, InviteLinks, Invites, JoinResult, Role, Room, Session } from './types.ts'

export const getConfig = () => apiRequest<AppConfig>('/config')

export const listRooms = (adminToken: string) => apiRequest<{ rooms: AdminRoom[] }>('/rooms', { token: adminToken })

export const createRoom = (adminToken: string, input: CreateRoom) =>
  apiRequest<{ room: Room; invites: Invites; links: InviteLinks }>('/rooms', { method: 'POST', token: adminToken, body: input })

export const closeRoom = (adminToken: string, roomId: string) =>
  apiRequest<{ room: Room }>(`/rooms/${encodeURIComponent(roomId)}/close`, { method: 'POST', token: adminToken })

/** Regenerate (POST) or revoke (DELETE) one role's invite link. */
export const changeInvite = (adminToken: string, roomId: string, role: Role, action: 'regenerate' | 'revoke') =>
  apiRequest<{ invites: Invites; links: InviteLinks }>(`/rooms/${encodeURIComponent(roomId)}/invites/${role}`, {
    method: action === 'regenerate' ? 'POST' : 'DELETE',
    token: adminToken,
  })

export const getInvite = (code: string) => apiRequest<InviteInfo>(`/invites/${encodeURIComponent(code)}`)

export const join = (input: { invite: string; name: string; city: string }) =>
  apiRequest<JoinResult>('/join', { method: 'POST', body: input })

export const getSession = (sessionToken: string) => apiRequest<Session>('/session', { token: sessionToken })
