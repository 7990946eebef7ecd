/**
 * What a note must look like to be an idea (shared/board/ideas.ts), as pure functions of the note and
 * who is writing: the board's side effects and the inspector use them, the server checks the same rules.
 */
import type { TLNoteShape } from 'tldraw'
import {
  IDEA_KIND_COLORS,
  newIdeaMeta,
  readIdea,
  type Author,
  type IdeaKind,
  type IdeaMeta,
  type IdentityMode,
} from '../../../shared/board/ideas.ts'

/** Who creates notes in this editor, under which identity mode, and which kind a new note gets. */
export interface IdeaAuthoring {
  author: Author
  identityMode: IdentityMode
  kind: IdeaKind
}

/** The idea meta of a shape, or null when it is not a note with valid idea meta (shared/board/ideas.ts). */
export { readIdea }

/**
 * A note this person is creating, made an idea. A copy of an idea (duplicate, paste, a note moved in
 * from another board) keeps its kind and owner but is authored by whoever made the copy, under the
 * current mode: the server refuses a new note carrying anyone else's identity. Any other note (note
 * tool, Tab / Cmd-Enter flow, clone handles, a pasted plain note) gets the selected kind and its colour.
 * tldraw's "last edited by" attribution is dropped: it would name the writer in city and anonymous mode.
 */
export function asNewIdea(note: TLNoteShape, { author, identityMode, kind }: IdeaAuthoring): TLNoteShape {
  const copied = readIdea(note)
  const props = { ...note.props, textLastEditedBy: null }
  if (copied) {
    const meta = newIdeaMeta(copied.kind, author, identityMode)
    return {
      ...note,
      props,
      meta: { ...meta, ownerCity: copied.kind === 'next-step' ? (copied.ownerCity ?? meta.ownerCity) : null },
    }
  }
  return {
    ...note,
    props: { ...props, color: IDEA_KIND_COLORS[kind] },
    meta: { ...newIdeaMeta(kind, author, identityMode) },
  }
}

/**
 * The meta after changing an idea's kind: authorship stays as it is (the server refuses any change
 * to it); a next step gets an owner, the author's city by default, else `fallbackCity`.
 */
export function withKind(meta: IdeaMeta, kind: IdeaKind, fallbackCity: string): IdeaMeta {
  if (kind !== 'next-step') return { ...meta, kind, ownerCity: null }
  return { ...meta, kind, ownerCity: meta.ownerCity ?? meta.city ?? fallbackCity }
}
