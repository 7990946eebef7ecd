/** Runs a panel's async action, keeping its error message (the server's `message`) and a busy flag. */
import { useCallback, useState } from 'react'
import { errorMessage } from '../../api/http.ts'

export function useAction() {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = useCallback(async (action: () => Promise<unknown> | undefined) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }, [])
  return { run, error, setError, busy }
}
