/** Typed REST client for erasure, access and retention (the secretariat only). */
import type { Participant } from '../../shared/schema/participant.ts'
import type { ErasureReport, PurgeReport } from '../../shared/schema/privacy.ts'
import { apiRequest } from './http.ts'
import type { AdminRoom } from './types.ts'

const room = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`

export const listParticipants = (token: string, roomId: string) =>
  apiRequest<{ participants: Participant[] }>(`${room(roomId)}/participants`, { token })

export const exportParticipant = (token: string, roomId: string, participantId: string) =>
  apiRequest<unknown>(`${room(roomId)}/participants/${encodeURIComponent(participantId)}/export`, { token })

export const eraseParticipant = (token: string, roomId: string, participantId: string) =>
  apiRequest<ErasureReport>(`${room(roomId)}/participants/${encodeURIComponent(participantId)}/erase`, {
    method: 'POST',
    token,
    body: { confirm: participantId },
  })

export const setDeleteAfter = (token: string, roomId: string, deleteAfter: string) =>
  apiRequest<{ room: AdminRoom }>(room(roomId), { method: 'PATCH', token, body: { deleteAfter } })

export const purgeRoom = (token: string, roomId: string) =>
  apiRequest<{ room: AdminRoom; purge: PurgeReport }>(`${room(roomId)}/purge`, {
    method: 'POST',
    token,
    body: { confirm: roomId },
  })
