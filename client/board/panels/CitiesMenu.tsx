/** In the top bar, for everyone: each city's page (its next steps between rooms), opened in a new tab. */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Affiliation } from '../../api/types.ts'

export function CitiesMenu({ affiliations }: { affiliations: Affiliation[] }) {
  const { t } = useTranslation()
  const cities = affiliations.filter((a) => a.kind === 'city')
  const ref = useRef<HTMLDetailsElement>(null)
  // A menu closes when one clicks elsewhere; <details> alone stays open.
  useEffect(() => {
    const close = (event: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) ref.current.open = false
    }
    document.addEventListener('pointerdown', close, true)
    return () => document.removeEventListener('pointerdown', close, true)
  }, [])
  return (
    <details className="cities-menu" ref={ref} data-testid="cities-menu">
      <summary>{t('panels.cities')}</summary>
      <ul>
        {cities.map((city) => (
          <li key={city.id}>
            <a
              href={`/cities/${encodeURIComponent(city.id)}`}
              target="_blank"
              rel="noopener"
              onClick={() => ref.current?.removeAttribute('open')}
              data-testid="city-link"
              data-city={city.id}
            >
              <span className="dot" style={{ background: city.color }} aria-hidden="true" />
              {city.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
