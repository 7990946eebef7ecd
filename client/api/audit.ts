/** Typed REST client for the audit trail (GET /api/audit, the secretariat only). */
import type { AuditEventView } from '../../shared/schema/audit.ts'
import { ApiError, apiRequest } from './http.ts'

export const getAudit = (token: string, roomId: string) =>
  apiRequest<{ events: AuditEventView[] }>(`/audit?roomId=${encodeURIComponent(roomId)}`, { token })

/** The room's trail as a CSV file. It needs the bearer token, so it is fetched, never linked. */
export async function getAuditCsv(token: string, roomId: string): Promise<Blob> {
  const response = await fetch(`/api/audit?roomId=${encodeURIComponent(roomId)}&format=csv`, {
    headers: { Authorization: `Bearer ${token}` },
  }).catch(() => null)
  if (!response) throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.')
  if (!response.ok) throw new ApiError(response.status, 'http_error', `The server answered ${response.status}.`)
  return response.blob()
}
