/** Pick two snapshots, A (before) and B (after); B is the one on the canvas, with A's changes marked. */
import type { ReactNode } from 'react'
import type { SnapshotSummary } from '../../shared/schema/snapshot.ts'

export function ComparePanel(props: {
  summaries: SnapshotSummary[]
  a: string | null
  b: string | null
  onChangeA: (id: string | null) => void
  onChangeB: (id: string) => void
  children?: ReactNode
}) {
  const options = props.summaries.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name} · {new Date(s.takenAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
    </option>
  ))
  return (
    <section className="review-section" aria-label="Compare snapshots">
      <h2>Compare</h2>
      <div className="compare-selects">
        <label>
          A (before)
          <select
            data-testid="compare-a"
            value={props.a ?? ''}
            onChange={(e) => props.onChangeA(e.target.value || null)}
          >
            <option value="">— none —</option>
            {options}
          </select>
        </label>
        <label>
          B (after, on the canvas)
          <select
            data-testid="compare-b"
            value={props.b ?? ''}
            onChange={(e) => e.target.value && props.onChangeB(e.target.value)}
          >
            {options}
          </select>
        </label>
      </div>
      {props.children}
    </section>
  )
}
