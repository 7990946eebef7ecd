/**
 * The room's snapshots: the list (summaries, oldest first) and the full snapshots, fetched once each
 * when first needed. A snapshot never changes, so the cache needs no invalidation.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Snapshot, SnapshotSummary } from '../../shared/schema/snapshot.ts'
import { errorMessage } from '../api/http.ts'
import { getSnapshot, listSnapshots } from '../api/review.ts'

export interface SnapshotsState {
  summaries: SnapshotSummary[] | null
  listError: string | null
  /** Full snapshots fetched so far, by id. */
  loaded: ReadonlyMap<string, Snapshot>
  errors: ReadonlyMap<string, string>
  /** Fetch a snapshot unless it is loaded or on its way. */
  load: (id: string) => void
  reload: () => void
}

export function useSnapshots(token: string, roomId: string): SnapshotsState {
  const [summaries, setSummaries] = useState<SnapshotSummary[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Snapshot>>(new Map())
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())
  const pending = useRef(new Set<string>())
  const [generation, setGeneration] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the trigger to list the snapshots again
  useEffect(() => {
    let live = true
    listSnapshots(token, roomId).then(
      ({ snapshots }) => {
        if (!live) return
        setSummaries(snapshots)
        setListError(null)
      },
      (error: unknown) => live && setListError(errorMessage(error)),
    )
    return () => {
      live = false
    }
  }, [token, roomId, generation])

  const load = useCallback(
    (id: string) => {
      if (pending.current.has(id)) return
      pending.current.add(id)
      getSnapshot(token, id).then(
        (snapshot) => setLoaded((map) => new Map(map).set(id, snapshot)),
        (error: unknown) => {
          pending.current.delete(id) // a later click may try again
          setErrors((map) => new Map(map).set(id, errorMessage(error)))
        },
      )
    },
    [token],
  )

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { summaries, listError, loaded, errors, load, reload }
}
