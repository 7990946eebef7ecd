/**
 * Facilitator: "Suggest clusters" asks the server to group the unclustered ideas, shows the proposal
 * for editing (titles, which ideas, which groups) and, on Accept only, creates the frames. Nothing on
 * the board moves before that; Cancel leaves it exactly as it was.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor, TLShapeId } from 'tldraw'
import { suggestClusters } from '../../api/facilitation.ts'
import { acceptSuggestions } from './acceptSuggestions.ts'
import { $highlighted } from './highlight.ts'
import { SuggestionGroupCard, type DraftGroup } from './SuggestionGroupCard.tsx'
import { useAction } from './useAction.ts'

export function ClusterSuggestions(props: { editor: Editor | null; token: string; roomId: string }) {
  const { t } = useTranslation()
  const { editor } = props
  const [groups, setGroups] = useState<DraftGroup[] | null>(null)
  const { run, error, busy } = useAction()
  useEffect(() => () => void $highlighted.set([]), [])

  const suggest = () =>
    run(async () => {
      const { suggestions } = await suggestClusters(props.token, props.roomId)
      setGroups(suggestions.map((s, key) => ({ key, title: s.label, explanation: s.explanation, ids: s.ids })))
    })
  const finish = () => {
    $highlighted.set([])
    setGroups(null)
  }
  const accept = () => {
    if (!editor || !groups) return
    const titled = groups.map((g) => ({ ...g, title: g.title.trim() || t('clusters.untitled') }))
    const frames = acceptSuggestions(editor, titled)
    finish()
    const bounds = editor.getShapesPageBounds(frames as TLShapeId[])
    if (bounds) editor.zoomToBounds(bounds, { animation: { duration: 300 }, inset: 60 })
  }
  const kept = groups?.filter((g) => g.ids.length > 0) ?? []

  return (
    <section className="panel" aria-label={t('clusters.heading')}>
      <h3>{t('clusters.heading')}</h3>
      <button
        type="button"
        disabled={busy || !editor || groups !== null}
        onClick={suggest}
        data-testid="suggest-clusters"
      >
        {t('clusters.suggest')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {groups && editor && (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-label={t('clusters.suggested')} data-testid="suggestions-dialog">
            <h2>{t('clusters.suggested')}</h2>
            <p className="hint">{t('clusters.hint')}</p>
            {groups.length === 0 && <p className="notice">{t('clusters.none')}</p>}
            {groups.map((group) => (
              <SuggestionGroupCard
                key={group.key}
                group={group}
                editor={editor}
                onChange={(next) => setGroups(groups.map((g) => (g.key === next.key ? next : g)))}
                onDrop={() => {
                  setGroups(groups.filter((g) => g.key !== group.key))
                  $highlighted.set([])
                }}
              />
            ))}
            <div className="row">
              <button
                type="button"
                className="primary"
                disabled={kept.length === 0}
                onClick={accept}
                data-testid="accept-suggestions"
              >
                {t('clusters.accept', { count: kept.length })}
              </button>
              <button type="button" onClick={finish} data-testid="cancel-suggestions">
                {t('common.cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
