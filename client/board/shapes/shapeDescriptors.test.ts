import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../i18n/locales/index.ts'
import { caseCardDescriptor, ideaDescriptor } from './shapeDescriptors.ts'

const affiliations = [
  { id: 'oslo', name: 'Oslo', color: '#d1242f', kind: 'city' as const },
  { id: 'helsinki', name: 'Helsinki', color: '#1a7f37', kind: 'city' as const },
  { id: 'expert', name: 'Expert', color: '#9a6700', kind: 'other' as const },
]

beforeAll(async () => {
  await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } })
})

describe('what keyboard navigation of shapes announces', () => {
  it('an idea: kind, city, author and owner, in the chosen language', async () => {
    const idea = {
      kind: 'next-step' as const,
      authorId: 'p1',
      authorName: 'Astrid',
      city: 'oslo',
      ownerCity: 'helsinki',
    }
    expect(ideaDescriptor(idea, affiliations, i18next.t)).toBe('Next step, Oslo, Astrid, Owned by Helsinki')
    expect(
      ideaDescriptor(
        { ...idea, kind: 'challenge', authorId: null, authorName: null, city: null, ownerCity: null },
        affiliations,
        i18next.t,
      ),
    ).toBe('Challenge')
    await i18next.changeLanguage('is')
    expect(ideaDescriptor({ ...idea, city: 'expert' }, affiliations, i18next.t)).toBe(
      'Næsta skref, Sérfræðingur, Astrid, Ábyrgð: Helsinki',
    )
    expect(caseCardDescriptor('oslo', affiliations, i18next.t)).toBe('Dæmaspjald, Oslo')
    await i18next.changeLanguage('en')
  })
})
