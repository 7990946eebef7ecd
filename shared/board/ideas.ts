/**
 * Ideas. An idea is a tldraw `note` shape whose `meta` says what kind of idea it is and who wrote it:
 *
 *   meta: { kind, authorId, authorName, city, ownerCity }
 *
 * `kind` is one of IDEA_KINDS; `city` is the author's affiliation id; `ownerCity` is set on next steps
 * only (the city that owns the step: the author's by default, changeable). Which author fields are
 * filled depends on the identity mode the facilitator chose when the note was created.
 */
import { z } from 'zod'

export const IDEA_KINDS = ['challenge', 'solution', 'policy', 'principle', 'next-step'] as const
export const ideaKindSchema = z.enum(IDEA_KINDS)
export type IdeaKind = z.infer<typeof ideaKindSchema>

export const IDEA_KIND_LABELS: Record<IdeaKind, string> = {
  challenge: 'Challenge',
  solution: 'Solution',
  policy: 'Policy recommendation',
  principle: 'Guiding principle',
  'next-step': 'Next step',
}

/** Note colour per kind (tldraw's palette), so a board reads at a glance. */
export const IDEA_KIND_COLORS: Record<
  IdeaKind,
  'light-red' | 'light-green' | 'light-blue' | 'light-violet' | 'yellow'
> = {
  challenge: 'light-red',
  solution: 'light-green',
  policy: 'light-blue',
  principle: 'light-violet',
  'next-step': 'yellow',
}

export const IDENTITY_MODES = ['named', 'city', 'anonymous'] as const
export const identityModeSchema = z.enum(IDENTITY_MODES)
export type IdentityMode = z.infer<typeof identityModeSchema>

export const ideaMetaSchema = z.strictObject({
  kind: ideaKindSchema,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  city: z.string().nullable(),
  ownerCity: z.string().nullable(),
})
export type IdeaMeta = z.infer<typeof ideaMetaSchema>

export interface Author {
  id: string
  name: string
  city: string
}

/**
 * The author fields a new idea carries under an identity mode: everything when named, the city alone
 * in city mode, nothing when anonymous. Client and server use this one function: the client to write
 * the note, the server to refuse a note that carries more identity than the mode allows.
 */
export function authorFields(author: Author, mode: IdentityMode): Pick<IdeaMeta, 'authorId' | 'authorName' | 'city'> {
  switch (mode) {
    case 'named':
      return { authorId: author.id, authorName: author.name, city: author.city }
    case 'city':
      return { authorId: null, authorName: null, city: author.city }
    case 'anonymous':
      return { authorId: null, authorName: null, city: null }
  }
}

/** Meta for a new idea of `kind` by `author` under `mode`; a next step is owned by the author's city. */
export function newIdeaMeta(kind: IdeaKind, author: Author, mode: IdentityMode): IdeaMeta {
  return { kind, ...authorFields(author, mode), ownerCity: kind === 'next-step' ? author.city : null }
}

/**
 * The one answer to "is this record an idea": a tldraw note shape with valid idea meta. Returns the meta,
 * or null for anything else (another shape, a note drawn without idea meta, a record of another type).
 */
export function readIdea(record: unknown): IdeaMeta | null {
  const candidate = record as { typeName?: unknown; type?: unknown; meta?: unknown } | null | undefined
  if (candidate?.typeName !== 'shape' || candidate.type !== 'note') return null
  const meta = ideaMetaSchema.safeParse(candidate.meta)
  return meta.success ? meta.data : null
}
