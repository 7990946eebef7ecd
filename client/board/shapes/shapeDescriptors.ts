/**
 * What tldraw's keyboard navigation of shapes announces for ours (ShapeUtil.getAriaDescriptor), in
 * the chosen language: an idea's kind, city, author and owner city; a case card's city. The text
 * itself comes from getText.
 */
import type { TFunction } from 'i18next'
import type { IdeaMeta } from '../../../shared/board/ideas.ts'
import type { Affiliation } from '../../api/types.ts'
import { affiliationName } from '../../i18n/affiliationName.ts'

function nameOf(id: string | null, affiliations: readonly Affiliation[], t: TFunction): string | null {
  if (id === null) return null
  const affiliation = affiliations.find((a) => a.id === id)
  return affiliation ? affiliationName(affiliation, t) : id
}

/** "Next step, Oslo, Astrid, owned by Helsinki" (in the chosen language). */
export function ideaDescriptor(idea: IdeaMeta, affiliations: readonly Affiliation[], t: TFunction): string {
  const owner = idea.kind === 'next-step' ? nameOf(idea.ownerCity, affiliations, t) : null
  return [
    t(`kinds.${idea.kind}`),
    nameOf(idea.city, affiliations, t),
    idea.authorName,
    owner ? t('list.ownedBy', { city: owner }) : null,
  ]
    .filter(Boolean)
    .join(', ')
}

/** "Case card, Oslo". */
export function caseCardDescriptor(city: string, affiliations: readonly Affiliation[], t: TFunction): string {
  return [t('board.caseCard'), nameOf(city, affiliations, t)].filter(Boolean).join(', ')
}
