/** A target's dots per city as a small horizontal bar chart (SVG), in the cities' colours. */
import { useTranslation } from 'react-i18next'
import { OTHER_CITIES } from '../../../shared/voting/rules.ts'
import type { Affiliation } from '../../api/types.ts'
import { affiliationName } from '../../i18n/affiliationName.ts'

const BAR_HEIGHT = 10
const LABEL_WIDTH = 86
const WIDTH = 260

export function CityChart(props: { byCity: Record<string, number>; affiliations: Affiliation[]; max: number }) {
  const { t } = useTranslation()
  const rows = props.affiliations
    .filter((a) => (props.byCity[a.id] ?? 0) > 0)
    .map((a) => ({ ...a, name: affiliationName(a, t) }))
  // Votes from an affiliation no longer configured still count; `other` pools cities with too few voters.
  for (const id of Object.keys(props.byCity)) {
    const name = id === OTHER_CITIES ? t('voting.otherCities') : id
    if (props.byCity[id] > 0 && !rows.some((a) => a.id === id)) rows.push({ id, name, color: '#6e7781', kind: 'other' })
  }
  if (rows.length === 0) return null
  const scale = (WIDTH - LABEL_WIDTH - 24) / Math.max(1, props.max)
  const height = rows.length * (BAR_HEIGHT + 4)
  return (
    <svg
      className="city-chart"
      data-testid="city-chart"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('voting.perCity')}
    >
      {rows.map((city, i) => {
        const count = props.byCity[city.id] ?? 0
        const y = i * (BAR_HEIGHT + 4)
        return (
          <g key={city.id} data-city={city.id}>
            <text x={0} y={y + BAR_HEIGHT - 1} fontSize={10} fill="#59636e">
              {city.name.length > 14 ? `${city.name.slice(0, 13)}…` : city.name}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={Math.max(2, count * scale)}
              height={BAR_HEIGHT}
              rx={2}
              fill={city.color}
            />
            <text x={LABEL_WIDTH + count * scale + 4} y={y + BAR_HEIGHT - 1} fontSize={10} fill="#1f2328">
              {count}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
