/**
 * Says what did not become an idea, and why: what the last paste left out or cut, and the shapes on
 * the board that are not ideas (drawn, pasted before, or written by another tool), which clustering,
 * voting and the Capital Code do not count.
 */
import { useTranslation } from 'react-i18next'
import { useValue, type Editor } from 'tldraw'
import { MAX_IDEA_CHARS } from '../../../shared/board/limits.ts'
import { BOARD_SHAPE_TYPES, MAX_PASTED_IDEAS } from './boardContent.ts'
import type { PasteNotice } from './useBoardPaste.ts'

export function ContentNotices(props: { editor: Editor; notices: PasteNotice[]; onDismiss: () => void }) {
  const { t, i18n } = useTranslation()
  const { editor } = props
  const notIdeas = useValue(
    'shapes that are not ideas',
    () => editor.getCurrentPageShapes().filter((s) => !BOARD_SHAPE_TYPES.has(s.type)).length,
    [editor],
  )
  const number = (n: number) => n.toLocaleString(i18n.resolvedLanguage ?? i18n.language)
  const text = (notice: PasteNotice) => {
    switch (notice.kind) {
      case 'cut':
        return t('board.pasteCut', { count: notice.count, max: number(MAX_IDEA_CHARS) })
      case 'tooMany':
        return t('board.pasteTooMany', { count: notice.count, max: MAX_PASTED_IDEAS })
      case 'leftOut':
        return t('board.pasteLeftOut', { count: notice.count })
      case 'refused':
        return t('board.pasteRefused')
    }
  }
  return (
    <>
      {props.notices.length > 0 && (
        <div className="content-notice" role="status" data-testid="paste-notice">
          {props.notices.map((notice) => (
            <p key={notice.kind}>{text(notice)}</p>
          ))}
          <button type="button" onClick={props.onDismiss}>
            {t('board.dismissNotice')}
          </button>
        </div>
      )}
      {notIdeas > 0 && (
        <p className="content-notice" role="status" data-testid="not-ideas-notice">
          {t('board.notIdeasOnBoard', { count: notIdeas })}
        </p>
      )}
    </>
  )
}
