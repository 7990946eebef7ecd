/** Facilitator: take a named snapshot of the board, to be distilled on the review page (the top bar's "Review"). */
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SnapshotSummary } from '../../../shared/schema/snapshot.ts'
import { createSnapshot } from '../../api/capitalCode.ts'
import { formatTime } from '../../i18n/format.ts'
import { phaseName } from '../../i18n/phaseName.ts'
import { useAction } from './useAction.ts'

/** "Ideas · 14:05", in the chosen language. */
const defaultName = (phase: string, t: TFunction) => `${phaseName(phase, t)} · ${formatTime(new Date())}`

export function SnapshotButton(props: { token: string; roomId: string; phaseName: string }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [taken, setTaken] = useState<SnapshotSummary | null>(null)
  const action = useAction()
  const take = () =>
    action.run(async () => {
      setTaken(await createSnapshot(props.token, props.roomId, name.trim() || defaultName(props.phaseName, t)))
      setName('')
    })
  return (
    <section className="panel" aria-label={t('panels.snapshots')} data-testid="snapshot-panel">
      <h3>{t('panels.snapshots')}</h3>
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
          placeholder={defaultName(props.phaseName, t)}
          aria-label={t('panels.snapshotName')}
          className="snapshot-name"
          data-testid="snapshot-name"
        />
        <button type="submit" disabled={action.busy} data-testid="take-snapshot">
          {t('panels.takeSnapshot')}
        </button>
      </form>
      {taken && (
        <p className="hint" role="status" data-testid="snapshot-result" data-snapshot-id={taken.id}>
          ✓{' '}
          {t('panels.snapshotTaken', {
            name: taken.name,
            time: formatTime(taken.takenAt),
            ideas: t('list.ideaCount', { count: taken.ideas.total }),
            clusters: t('panels.clusters', { count: taken.clusters }),
            cases: t('panels.cases', { count: taken.cases }),
            votes: t('voting.votes', { count: taken.votes.dots }),
          })}
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
