/**
 * The room's Capital Code entries and next steps on the review page: loaded from the server, replaced
 * by a distillation's answer, and updated one at a time by the secretariat's and cities' actions.
 * Errors are kept per entry or step, as the server phrased them.
 */
import { useCallback, useEffect, useState } from 'react'
import type { CodeEntry, EntryPatch } from '../../shared/schema/codeEntry.ts'
import type { NextStep, NextStepPatch } from '../../shared/schema/nextStep.ts'
import { errorMessage } from '../api/http.ts'
import { changeNextStep, getCityNextSteps } from '../api/capitalCode.ts'
import { distillSnapshot, listEntries, patchEntry, type DistillResult } from '../api/review.ts'

export interface CodeReview {
  entries: CodeEntry[] | null
  nextSteps: NextStep[]
  report: DistillResult['report'] | null
  busy: boolean
  error: string | null
  errors: ReadonlyMap<string, string>
  distill: (snapshotId: string) => Promise<void>
  changeEntry: (id: string, patch: EntryPatch) => Promise<boolean>
  changeStep: (id: string, patch: NextStepPatch) => Promise<boolean>
}

export function useCapitalCodeReview(token: string, roomId: string, cities: string[]): CodeReview {
  const [entries, setEntries] = useState<CodeEntry[] | null>(null)
  const [nextSteps, setNextSteps] = useState<NextStep[]>([])
  const [report, setReport] = useState<DistillResult['report'] | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map())
  const citiesKey = cities.join(',')

  useEffect(() => {
    let live = true
    listEntries(token, roomId).then(
      (answer) => live && setEntries(answer.entries),
      (e: unknown) => live && setError(errorMessage(e)),
    )
    // The room's next steps, from each city's list (there is no per-room list).
    Promise.all(
      citiesKey
        .split(',')
        .filter(Boolean)
        .map((city) =>
          getCityNextSteps(token, city).then(
            (a) => a.nextSteps,
            () => [],
          ),
        ),
    ).then((lists) => live && setNextSteps(lists.flat().filter((s) => s.roomId === roomId)))
    return () => {
      live = false
    }
  }, [token, roomId, citiesKey])

  const noteError = useCallback(
    (id: string, message: string | null) =>
      setErrors((map) => {
        const next = new Map(map)
        if (message === null) next.delete(id)
        else next.set(id, message)
        return next
      }),
    [],
  )

  const distill = useCallback(
    async (snapshotId: string) => {
      setBusy(true)
      setError(null)
      try {
        const result = await distillSnapshot(token, snapshotId)
        setEntries(result.entries)
        setNextSteps(result.nextSteps)
        setReport(result.report)
      } catch (e) {
        setError(errorMessage(e))
      } finally {
        setBusy(false)
      }
    },
    [token],
  )

  /** Runs one change of a record, remembering its error (or clearing it) under the record's id. */
  const reportOn = useCallback(
    async (id: string, work: () => Promise<void>) => {
      try {
        await work()
        noteError(id, null)
        return true
      } catch (e) {
        noteError(id, errorMessage(e))
        return false
      }
    },
    [noteError],
  )

  const changeEntry = useCallback(
    (id: string, patch: EntryPatch) =>
      reportOn(id, async () => {
        const { entry, into } = await patchEntry(token, id, patch)
        setEntries(
          (list) => list?.map((e) => (e.id === entry.id ? entry : into && e.id === into.id ? into : e)) ?? null,
        )
      }),
    [token, reportOn],
  )

  const changeStep = useCallback(
    (id: string, patch: NextStepPatch) =>
      reportOn(id, async () => {
        const { nextStep } = await changeNextStep(token, id, patch)
        setNextSteps((list) => list.map((s) => (s.id === nextStep.id ? nextStep : s)))
      }),
    [token, reportOn],
  )

  return { entries, nextSteps, report, busy, error, errors, distill, changeEntry, changeStep }
}
