/** Typed REST client for the review page: snapshots, distillation, Capital Code entries and next steps. */
import type { MergeReport } from '../../shared/distill/merge.ts'
import type { CodeEntry, EntryPatch } from '../../shared/schema/codeEntry.ts'
import type { NextStep, NextStepPatch } from '../../shared/schema/nextStep.ts'
import type { Snapshot, SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { ApiError, apiRequest } from './http.ts'
import type { Room } from './types.ts'

export interface DistillResult {
  entries: CodeEntry[]
  nextSteps: NextStep[]
  cities: unknown
  /** Ids of the entries and next steps the distillation added, updated, or no longer found on the board. */
  report: MergeReport
}

const room = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`

export const listSnapshots = (token: string, roomId: string) => apiRequest<{ snapshots: SnapshotSummary[] }>(`${room(roomId)}/snapshots`, { token })

export const getSnapshot = (token: string, snapshotId: string) => apiRequest<Snapshot>(`/snapshots/${encodeURIComponent(snapshotId)}`, { token })

export const takeSnapshot = (token: string, roomId: string, name: string) =>
  apiRequest<SnapshotSummary>(`${room(roomId)}/snapshots`, { method: 'POST', token, body: { name } })

export const distillSnapshot = (token: string, snapshotId: string) =>
  apiRequest<DistillResult>(`/snapshots/${encodeURIComponent(snapshotId)}/distill`, { method: 'POST', token })

export const listEntries = (token: string, roomId: string) => apiRequest<{ entries: CodeEntry[] }>(`${room(roomId)}/entries`, { token })

export const patchEntry = (token: string, entryId: string, patch: EntryPatch) =>
  apiRequest<{ entry: CodeEntry; into?: CodeEntry }>(`/entries/${encodeURIComponent(entryId)}`, { method: 'PATCH', token, body: patch })

export const patchNextStep = (token: string, stepId: string, patch: NextStepPatch) =>
  apiRequest<{ nextStep: NextStep }>(`/next-steps/${encodeURIComponent(stepId)}`, { method: 'PATCH', token, body: patch })

/** The publication of some rooms as a file (it needs the bearer token, so it is fetched, not linked). */
export async function getPublication(token: string, roomIds: string[], format: 'md' | 'html' | 'pdf'): Promise<Blob> {
  const path = `/api/publication?rooms=${roomIds.map(encodeURIComponent).join(',')}&format=${format}`
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } }).catch(() => null)
  if (!response) throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.')
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string }
    throw new ApiError(response.status, body.error ?? 'http_error', body.message ?? `The server answered ${response.status}.`)
  }
  return response.blob()
}

/** A city's next steps from every room. */
export const cityNextSteps = (token: string, city: string) => apiRequest<{ city: string; nextSteps: NextStep[] }>(`/cities/${encodeURIComponent(city)}/next-steps`, { token })

export const getRoom = (token: string, roomId: string) => apiRequest<{ room: Room }>(room(roomId), { token })
