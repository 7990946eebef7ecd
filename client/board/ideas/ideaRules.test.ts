import type { TLNoteShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { noteRecord } from '../../../tests/helpers/records.ts'
import { asNewIdea, readIdea, withKind, type IdeaAuthoring } from './ideaRules.ts'

const ME = { id: 'p-me', name: 'Astrid', city: 'oslo' }
const note = (meta: Record<string, unknown> | undefined) =>
  ({
    ...noteRecord('n', 'An idea'),
    meta: meta ?? {},
    props: { ...noteRecord('n', 'An idea').props, textLastEditedBy: 'user:x' },
  }) as unknown as TLNoteShape
const authoring = (identityMode: IdeaAuthoring['identityMode']): IdeaAuthoring => ({
  author: ME,
  identityMode,
  kind: 'challenge',
})

describe('idea rules', () => {
  it('make a plain note an idea of the selected kind, with as much identity as the mode allows', () => {
    expect(asNewIdea(note(undefined), authoring('named')).meta).toEqual({
      kind: 'challenge',
      authorId: 'p-me',
      authorName: 'Astrid',
      city: 'oslo',
      ownerCity: null,
    })
    expect(asNewIdea(note(undefined), authoring('city')).meta).toEqual({
      kind: 'challenge',
      authorId: null,
      authorName: null,
      city: 'oslo',
      ownerCity: null,
    })
    expect(asNewIdea(note(undefined), authoring('anonymous')).meta).toEqual({
      kind: 'challenge',
      authorId: null,
      authorName: null,
      city: null,
      ownerCity: null,
    })
    expect(asNewIdea(note(undefined), authoring('named')).props).toMatchObject({
      color: 'light-red',
      textLastEditedBy: null,
    })
  })

  it('let a copy keep its kind and owner city but make it the copier’s', () => {
    const copied = asNewIdea(
      note({ kind: 'next-step', authorId: 'p-other', authorName: 'Other', city: 'helsinki', ownerCity: 'helsinki' }),
      authoring('named'),
    )
    expect(copied.meta).toEqual({
      kind: 'next-step',
      authorId: 'p-me',
      authorName: 'Astrid',
      city: 'oslo',
      ownerCity: 'helsinki',
    })
  })

  it('read only notes with valid idea meta as ideas', () => {
    expect(
      readIdea(note({ kind: 'solution', authorId: null, authorName: null, city: null, ownerCity: null })),
    ).toMatchObject({ kind: 'solution' })
    expect(readIdea(note({ kind: 'wish' }))).toBeNull()
    expect(readIdea({ ...note(undefined), type: 'geo' } as never)).toBeNull()
  })

  it('give a next step an owner city when its kind changes, and take it away otherwise', () => {
    const meta = { kind: 'solution' as const, authorId: null, authorName: null, city: null, ownerCity: null }
    expect(withKind(meta, 'next-step', 'expert')).toMatchObject({ kind: 'next-step', ownerCity: 'expert' })
    expect(withKind({ ...meta, city: 'oslo' }, 'next-step', 'expert')).toMatchObject({ ownerCity: 'oslo' })
    expect(withKind({ ...meta, kind: 'next-step', ownerCity: 'oslo' }, 'policy', 'expert')).toMatchObject({
      kind: 'policy',
      ownerCity: null,
    })
  })
})
