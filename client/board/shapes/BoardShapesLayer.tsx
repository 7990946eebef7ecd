/**
 * Ideas and case cards in the board (a child of <Tldraw>, so it has the editor): makes every note this
 * person creates an idea, and shows the creation bar (kind of new ideas, "Case card", the casework
 * template for facilitators) and the inspector of a selected idea. Nothing of it shows while the
 * editor is read-only (observers, a closed or locked room).
 */
import { useCallback, useEffect, useState } from 'react'
import { useEditor, useValue, type Editor } from 'tldraw'
import { IDEA_KINDS, type IdeaKind, type IdentityMode } from '../../../shared/board/ideas.ts'
import type { PresenceUser } from '../../../shared/protocol.ts'
import type { Affiliation } from '../../api/types.ts'
import { useIdentityMode } from '../control.ts'
import { IdeaInspector } from '../ideas/IdeaInspector.tsx'
import { KindPicker } from '../ideas/KindPicker.tsx'
import { useIdeaSideEffects } from '../ideas/useIdeaSideEffects.ts'
import { createCaseCard, layoutCaseworkTemplate } from './casework.ts'
import './shapes.css'

const MODE_HINTS: Record<IdentityMode, { label: string; title: string }> = {
  named: { label: 'Named', title: 'New ideas show your name and city' },
  city: { label: 'City only', title: 'New ideas show your city, not your name' },
  anonymous: { label: 'Anonymous', title: 'New ideas show neither your name nor your city' },
}

export function BoardShapesLayer({ self, affiliations }: { self: PresenceUser; affiliations: readonly Affiliation[] }) {
  const editor = useEditor()
  const identityMode = useIdentityMode()
  const [kind, setKind] = useState<IdeaKind>('challenge')
  const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])

  useIdeaSideEffects(editor, () => ({ author: { id: self.id, name: self.name, city: self.city }, identityMode, kind }))

  const pick = useCallback(
    (next: IdeaKind) => {
      setKind(next)
      editor.setCurrentTool('note')
    },
    [editor],
  )
  useKindShortcuts(editor, readOnly ? null : pick)

  if (readOnly) return null
  const cities = affiliations.filter((a) => a.kind === 'city')
  const mode = MODE_HINTS[identityMode]
  return (
    <div className="board-shapes" data-testid="board-shapes">
      <div className="board-shapes-bar">
        <span className="board-shapes-label">New ideas</span>
        <KindPicker kind={kind} onPick={pick} />
        <span className="identity-mode" title={mode.title} data-testid="new-idea-mode">
          {mode.label}
        </span>
        <span className="board-shapes-sep" aria-hidden="true" />
        <button type="button" onClick={() => createCaseCard(editor, self.city)} title="A case card for your city, in the middle of your view">
          Case card
        </button>
        {self.role === 'facilitator' && (
          <button type="button" onClick={() => layoutCaseworkTemplate(editor, cities)} title="A column per city, each with an empty case card, right of the board's content">
            Casework template
          </button>
        )}
      </div>
      <IdeaInspector affiliations={affiliations} selfCity={self.city} writer={{ id: self.id, city: self.city, role: self.role }} />
    </div>
  )
}

/** Keys 1–5 pick the kind of new ideas, unless someone is typing or a menu is open. */
function useKindShortcuts(editor: Editor, pick: ((kind: IdeaKind) => void) | null) {
  useEffect(() => {
    if (!pick) return
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.repeat || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
      const kind = IDEA_KINDS[Number(e.key) - 1]
      if (!kind || !/^[1-5]$/.test(e.key)) return
      if (editor.getEditingShapeId() !== null || editor.menus.getOpenMenus().length > 0 || isTyping(e.target)) return
      e.preventDefault()
      pick(kind)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [editor, pick])
}

function isTyping(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null
  return !!element?.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]')
}
