/**
 * The cities of the Nordic Safe Cities network and the other affiliations a participant can pick.
 * Ids are lower-case slugs; they appear in tokens, presence and (later) on idea notes.
 */
export interface Affiliation {
  id: string
  name: string
  /** Colour of cursors, presence and city tags (CSS colour). */
  color: string
  kind: 'city' | 'other'
}

export const DEFAULT_CITY_NAMES = ['Stockholm', 'Oslo', 'Helsinki', 'Copenhagen', 'Reykjavik']

/** Colours picked to stay distinguishable from each other on a light canvas. */
const CITY_PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#bf8700', '#8250df', '#0a7c86', '#c2410c', '#6e7781']

export const OTHER_AFFILIATIONS: Affiliation[] = [
  { id: 'secretariat', name: 'Nordic Safe Cities secretariat', color: '#24292f', kind: 'other' },
  { id: 'expert', name: 'Expert', color: '#9a6700', kind: 'other' },
]

/** "Reykjavík" → "reykjavik": lower-case ASCII, words joined by dashes. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The cities first (in the configured order, each with its palette colour), then the other affiliations. */
export function buildAffiliations(cityNames: string[]): Affiliation[] {
  const cities = cityNames.map((name, i) => ({
    id: slugify(name),
    name,
    color: CITY_PALETTE[i % CITY_PALETTE.length],
    kind: 'city' as const,
  }))
  return [...cities, ...OTHER_AFFILIATIONS]
}
