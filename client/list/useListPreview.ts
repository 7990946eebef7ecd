/**
 * The server's first rows of the room's list (`GET /api/rooms/:roomId/list-preview`), which the list
 * shows until the board's own sync is in: for a board of thousands of ideas that sync is megabytes,
 * and the first screen needs forty rows. Null while it travels, or if it failed (the list then waits
 * for the board, as it always can).
 */
import { useEffect, useState } from 'react'
import type { ListPreview } from '../../shared/board/listModel.ts'
import { apiRequest } from '../api/http.ts'
import { listPreviewPath } from './roomPaths.ts'

export function useListPreview(roomId: string, token: string): ListPreview | null {
  const [preview, setPreview] = useState<ListPreview | null>(null)
  useEffect(() => {
    let current = true
    apiRequest<ListPreview>(listPreviewPath(roomId), { token }).then(
      (answer) => current && setPreview(answer),
      () => {}, // the board's sync shows the list anyway
    )
    return () => {
      current = false
      setPreview(null)
    }
  }, [roomId, token])
  return preview
}
