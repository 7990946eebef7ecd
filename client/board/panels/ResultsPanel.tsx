/** After the reveal, for everyone: targets ranked by dots, each with its votes per city. */
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { Results } from '../../../shared/schema/voting.ts'
import type { Affiliation } from '../../api/types.ts'
import { CityChart } from './CityChart.tsx'

export function ResultsPanel(props: { results: Results; affiliations: Affiliation[]; editor: Editor | null }) {
  const { t } = useTranslation()
  const { results, editor } = props
  const max = Math.max(1, ...Object.values(results.byCity).flatMap((cities) => Object.values(cities)))
  const focus = (id: string) => {
    const bounds = editor?.getShapePageBounds(id as never)
    if (editor && bounds) editor.zoomToBounds(bounds, { animation: { duration: 200 }, inset: 80 })
  }
  return (
    <div className="results" data-testid="results-panel">
      <p className="hint">
        {t('voting.votesFrom', {
          votes: t('voting.votes', { count: results.dots }),
          people: t('voting.people', { count: results.voters }),
        })}
      </p>
      <ol className="result-rows">
        {results.ranked.map((entry, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut to the target on the canvas; the list view offers the same by keyboard
          <li
            key={entry.targetId}
            className="result-row"
            data-testid="result-row"
            data-target-id={entry.targetId}
            data-total={entry.total}
            onClick={() => focus(entry.targetId)}
          >
            <span className="rank">{i + 1}.</span>
            <span className="label">{entry.label}</span>
            <span className="total">{entry.total}</span>
            <CityChart byCity={results.byCity[entry.targetId] ?? {}} affiliations={props.affiliations} max={max} />
          </li>
        ))}
      </ol>
    </div>
  )
}
