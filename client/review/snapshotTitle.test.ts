import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../i18n/locales/index.ts'
import { snapshotTitle } from './snapshotTitle.ts'

beforeAll(async () => {
  await i18next.init({ resources, lng: 'sv', fallbackLng: 'en', interpolation: { escapeValue: false } })
})

const summary = (name: string, reason: 'manual' | 'phase' | 'closed', extra: { endedPhase?: string } = {}) => ({
  name,
  reason,
  ideas: { total: 20 },
  ...extra,
})

describe('snapshot names in the reader’s language', () => {
  it('names an automatic snapshot after the phase that ended, from its parts, with the plural of the language', () => {
    const t = i18next.getFixedT('sv')
    expect(snapshotTitle(summary('End of Ideas · 20 ideas', 'phase', { endedPhase: 'Ideas' }), t)).toBe(
      'Slut på Idéer · 20 idéer',
    )
    expect(
      snapshotTitle({ ...summary('End of Ideas · 1 idea', 'phase', { endedPhase: 'Ideas' }), ideas: { total: 1 } }, t),
    ).toBe('Slut på Idéer · 1 idé')
    // A phase the facilitator named stays as written.
    expect(snapshotTitle(summary('End of Fika · 20 ideas', 'phase', { endedPhase: 'Fika' }), t)).toBe(
      'Slut på Fika · 20 idéer',
    )
  })

  it('reads the parts of an older snapshot from its English name', () => {
    expect(snapshotTitle(summary('End of Casework · 3 ideas', 'phase'), i18next.getFixedT('is'))).toBe(
      'Lok: Dæmavinna · 3 hugmyndir',
    )
  })

  it('translates the closing snapshot, and keeps the names people gave', () => {
    const t = i18next.getFixedT('fi')
    expect(snapshotTitle(summary('Room closed', 'closed'), t)).toBe('Huone suljettu')
    expect(snapshotTitle(summary('Before clustering', 'manual'), t)).toBe('Before clustering')
  })
})
