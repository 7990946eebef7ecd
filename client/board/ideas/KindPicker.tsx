/** The kind new notes get: five buttons in the kinds' colours (keys 1–5 while not typing). */
import { useTranslation } from 'react-i18next'
import { IDEA_KINDS, type IdeaKind } from '../../../shared/board/ideas.ts'
import { IDEA_KIND_ACCENTS, useKindFills } from './kindStyle.ts'

export function KindPicker({ kind, onPick }: { kind: IdeaKind; onPick: (kind: IdeaKind) => void }) {
  const { t } = useTranslation()
  const fills = useKindFills()
  return (
    <div className="kind-picker" role="radiogroup" aria-label={t('board.kindOfNewIdeas')} data-testid="kind-picker">
      {IDEA_KINDS.map((k, i) => (
        <button
          key={k}
          type="button"
          role="radio"
          aria-checked={k === kind}
          className={k === kind ? 'selected' : ''}
          style={{ background: fills[k], borderColor: k === kind ? IDEA_KIND_ACCENTS[k] : 'transparent' }}
          title={t('board.newNotesOfKind', { kind: t(`kinds.${k}`), key: i + 1 })}
          data-kind={k}
          onClick={() => onPick(k)}
        >
          <kbd>{i + 1}</kbd>
          {t(`kindsShort.${k}`)}
        </button>
      ))}
    </div>
  )
}
