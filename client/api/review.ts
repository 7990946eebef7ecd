/** Typed REST client for the review page: snapshots, distillation and Capital Code entries (next steps and the publication: code.ts). */
import type { MergeReport } from '../../shared/distill/merge.ts'
import type { CodeEntry, EntryPatch } from '../../shared/schema/codeEntry.ts'
import type { NextStep } from '../../shared/schema/nextStep.ts'
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

export const listSnapshots = (token: string, roomId: string) =>
  apiRequest<{ snapshots: SnapshotSummary[] }>(`${room(roomId)}/snapshots`, { token })

export const getSnapshot = (token: string, snapshotId: string) =>
  apiRequest<Snapshot>(`/snapshots/${encodeURIComponent(snapshotId)}`, { token })

export const distillSnapshot = (token: string, snapshotId: string) =>
  apiRequest<DistillResult>(`/snapshots/${encodeURIComponent(snapshotId)}/distill`, { method: 'POST', token })

export const listEntries = (token: string, roomId: string) =>
  apiRequest<{ entries: CodeEntry[] }>(`${room(roomId)}/entries`, { token })

export const patchEntry = (token: string, entryId: string, patch: EntryPatch) =>
  apiRequest<{ entry: CodeEntry; into?: CodeEntry }>(`/entries/${encodeURIComponent(entryId)}`, {
    method: 'PATCH',
    token,
    body: patch,
  })

export const getRoom = (token: string, roomId: string) => apiRequest<{ room: Room }>(room(roomId), { token })

/** The snapshot as a JSON file, through the route that records the download in the audit trail. */
export async function downloadSnapshot(token: string, snapshotId: string): Promise<Blob> {
  const response = await fetch(`/api/snapshots/${encodeURIComponent(snapshotId)}/download`, {
    headers: { Authorization: `Bearer ${token}` },
  }).catch(() => null)
  if (!response) throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.')
  if (!response.ok) throw new ApiError(response.status, 'http_error', `The server answered ${response.status}.`)
  return response.blob()
}
