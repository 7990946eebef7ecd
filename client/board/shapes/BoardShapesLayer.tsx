/**
 * Ideas and case cards in the board (a child of <Tldraw>, so it has the editor): makes every note this
 * person creates an idea, and shows the creation bar (kind of new ideas, "Case card", the casework
 * template for facilitators), the inspector of a selected idea, and what a paste did not make an idea
 * of (paste/). Nothing of it shows while the
 * editor is read-only (observers, a closed or locked room).
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue, type Editor } from 'tldraw'
import { IDEA_KINDS, type IdeaKind } from '../../../shared/board/ideas.ts'
import type { PresenceUser } from '../../../shared/protocol.ts'
import type { Affiliation } from '../../api/types.ts'
import { useIdentityMode } from '../control.ts'
import { isTyping } from '../isTyping.ts'
import { IdeaInspector } from '../ideas/IdeaInspector.tsx'
import { KindPicker } from '../ideas/KindPicker.tsx'
import { useIdeaSideEffects } from '../ideas/useIdeaSideEffects.ts'
import { ContentNotices } from '../paste/ContentNotices.tsx'
import { useBoardPaste, type PasteNotice } from '../paste/useBoardPaste.ts'
import { createCaseCard, layoutCaseworkTemplate } from './casework.ts'
import './shapes.css'

export function BoardShapesLayer({ self, affiliations }: { self: PresenceUser; affiliations: readonly Affiliation[] }) {
  const { t } = useTranslation()
  const editor = useEditor()
  const identityMode = useIdentityMode()
  const [kind, setKind] = useState<IdeaKind>('challenge')
  const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
  // The first-time hint stays until someone has added an idea.
  const hasIdeas = useValue('has ideas', () => editor.getCurrentPageShapes().some((s) => s.type === 'note'), [editor])

  useIdeaSideEffects(editor, () => ({ author: { id: self.id, name: self.name, city: self.city }, identityMode, kind }))
  // Pasted lines become ideas of `kind` through the side effect above; the notices say what did not.
  const [pasteNotices, setPasteNotices] = useState<PasteNotice[]>([])
  useBoardPaste(editor, setPasteNotices)

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
  return (
    <div className="board-shapes" data-testid="board-shapes">
      {!hasIdeas && (
        <p className="first-hint" role="status" data-testid="first-hint">
          {t('board.firstHint')}
        </p>
      )}
      <div className="board-shapes-bar">
        <span className="board-shapes-label">{t('board.newIdeas')}</span>
        <KindPicker kind={kind} onPick={pick} />
        <span className="identity-mode" title={t(`identity.hint.${identityMode}`)} data-testid="new-idea-mode">
          {t(`identity.${identityMode}`)}
        </span>
        <span className="board-shapes-sep" aria-hidden="true" />
        <button
          type="button"
          onClick={() =>
            createCaseCard(editor, self.city, affiliations.find((a) => a.id === self.city)?.name ?? self.city)
          }
          title={t('board.caseCardHint')}
        >
          {t('board.caseCard')}
        </button>
        {self.role === 'facilitator' && (
          <button
            type="button"
            onClick={() => layoutCaseworkTemplate(editor, cities)}
            title={t('board.caseworkTemplateHint')}
          >
            {t('board.caseworkTemplate')}
          </button>
        )}
      </div>
      <IdeaInspector
        affiliations={affiliations}
        selfCity={self.city}
        writer={{ id: self.id, city: self.city, role: self.role }}
      />
      <ContentNotices editor={editor} notices={pasteNotices} onDismiss={() => setPasteNotices([])} />
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
