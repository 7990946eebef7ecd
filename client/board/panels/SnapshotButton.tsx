/** Facilitator: take a named snapshot of the board, to be distilled on the review page (the top bar's "Review"). */
import { useState } from 'react'
import type { SnapshotSummary } from '../../../shared/schema/snapshot.ts'
import { createSnapshot } from '../../api/capitalCode.ts'
import { useAction } from './useAction.ts'

const defaultName = (phase: string) =>
  `${phase} · ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`

export function SnapshotButton(props: { token: string; roomId: string; phaseName: string }) {
  const [name, setName] = useState('')
  const [taken, setTaken] = useState<SnapshotSummary | null>(null)
  const action = useAction()
  const take = () =>
    action.run(async () => {
      setTaken(await createSnapshot(props.token, props.roomId, name.trim() || defaultName(props.phaseName)))
      setName('')
    })
  return (
    <section className="panel" aria-label="Snapshots" data-testid="snapshot-panel">
      <h3>Snapshots</h3>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          void take()
        }}
      >
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          placeholder={defaultName(props.phaseName)}
          aria-label="Snapshot name"
          className="snapshot-name"
          data-testid="snapshot-name"
        />
        <button type="submit" disabled={action.busy} data-testid="take-snapshot">
          Take snapshot
        </button>
      </form>
      {taken && (
        <p className="hint" role="status" data-testid="snapshot-result" data-snapshot-id={taken.id}>
          ✓ “{taken.name}” taken at {new Date(taken.takenAt).toLocaleTimeString()}: {taken.ideas.total} ideas,{' '}
          {taken.clusters} clusters, {taken.cases} cases, {taken.votes.dots} votes.
        </p>
      )}
      {action.error && (
        <p className="error" role="alert">
          {action.error}
        </p>
      )}
    </section>
  )
}
