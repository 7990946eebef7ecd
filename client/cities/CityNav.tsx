/** Links to every city's page, each with its colour; the current one marked. */
import { useTranslation } from 'react-i18next'
import type { Affiliation } from '../api/types.ts'

export function CityNav(props: { cities: Affiliation[]; current?: string; target?: '_blank' }) {
  const { t } = useTranslation()
  return (
    <nav className="city-nav" aria-label={t('panels.cities')}>
      {props.cities.map((city) => (
        <a
          key={city.id}
          href={`/cities/${encodeURIComponent(city.id)}`}
          aria-current={city.id === props.current ? 'page' : undefined}
          target={props.target}
          rel={props.target ? 'noopener' : undefined}
          data-testid="city-link"
          data-city={city.id}
        >
          <span className="dot" style={{ background: city.color }} aria-hidden="true" />
          {city.name}
        </a>
      ))}
    </nav>
  )
}
