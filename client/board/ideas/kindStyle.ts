/** How each idea kind looks in the UI: a strong accent for badges, the note fill (names: kinds / kindsShort in the locales). */
import { getColorValue, useEditor, useValue } from 'tldraw'
import { IDEA_KIND_COLORS, IDEA_KINDS, type IdeaKind } from '../../../shared/board/ideas.ts'

/** Darker than the note colours (IDEA_KIND_COLORS), so a badge stands out on its own note. */
export const IDEA_KIND_ACCENTS: Record<IdeaKind, string> = {
  challenge: '#c92a2a',
  solution: '#2b8a3e',
  policy: '#1864ab',
  principle: '#862e9c',
  'next-step': '#d9480f',
}

/** Each kind's note fill in the current theme, so a kind button looks like the notes it makes. */
export function useKindFills(): Record<IdeaKind, string> {
  const editor = useEditor()
  return useValue('idea kind fills', () => {
    const colors = editor.getCurrentTheme().colors[editor.getColorMode()]
    return Object.fromEntries(
      IDEA_KINDS.map((kind) => [kind, getColorValue(colors, IDEA_KIND_COLORS[kind], 'noteFill')]),
    ) as Record<IdeaKind, string>
  }, [editor])
}
