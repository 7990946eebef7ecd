/** Typed REST client for between rooms: cities' next steps, snapshots, and The Capital Code publication. */
import type { NextStep, NextStepPatch } from '../../shared/schema/nextStep.ts'
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { ApiError, apiRequest } from './http.ts'
import type { Room } from './types.ts'

export type PublicationFormat = 'md' | 'html' | 'pdf'

/** A room as the city page needs it to title a group of steps (the server may send these along). */
export type RoomHeading = Pick<Room, 'id' | 'title' | 'date' | 'hostCity'>

const room = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`

/** A city's next steps from every room. */
export const getCityNextSteps = (token: string, city: string) =>
  apiRequest<{ city: string; nextSteps: NextStep[]; rooms?: RoomHeading[] }>(
    `/cities/${encodeURIComponent(city)}/next-steps`,
    { token },
  )

export const changeNextStep = (token: string, stepId: string, patch: NextStepPatch) =>
  apiRequest<{ nextStep: NextStep }>(`/next-steps/${encodeURIComponent(stepId)}`, {
    method: 'PATCH',
    token,
    body: patch,
  })

/** The next steps of the rooms held before this one (for "Results since last room"). */
export const getPreviousNextSteps = (token: string, roomId: string) =>
  apiRequest<{ nextSteps: NextStep[] }>(`${room(roomId)}/previous-next-steps`, { token })

export const createSnapshot = (token: string, roomId: string, name: string) =>
  apiRequest<SnapshotSummary>(`${room(roomId)}/snapshots`, { method: 'POST', token, body: { name } })

/**
 * The publication as a file. It needs the bearer token, so it is fetched, never linked. `lang`: the
 * language the page is shown in (its fixed texts follow it; the server makes any other English).
 */
export async function fetchPublication(
  token: string,
  roomIds: string[],
  format: PublicationFormat,
  lang: string,
): Promise<Blob> {
  const query = `rooms=${roomIds.map(encodeURIComponent).join(',')}&format=${format}&lang=${encodeURIComponent(lang)}`
  const response = await fetch(`/api/publication?${query}`, { headers: { Authorization: `Bearer ${token}` } }).catch(
    () => null,
  )
  if (!response) throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.')
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: unknown; message?: unknown }
    throw new ApiError(
      response.status,
      typeof body.error === 'string' ? body.error : 'http_error',
      typeof body.message === 'string' ? body.message : `The server answered ${response.status}.`,
    )
  }
  return response.blob()
}
