/**
 * Facilitator: "Suggest clusters" asks the server to group the unclustered ideas, shows the proposal
 * for editing (titles, which ideas, which groups) and, on Accept only, creates the frames. Nothing on
 * the board moves before that; Cancel leaves it exactly as it was.
 */
import { useEffect, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { suggestClusters } from '../../api/facilitation.ts'
import { acceptSuggestions } from './acceptSuggestions.ts'
import { $highlighted } from './highlight.ts'
import { SuggestionGroupCard, type DraftGroup } from './SuggestionGroupCard.tsx'
import { useAction } from './useAction.ts'

export function ClusterSuggestions(props: { editor: Editor | null; token: string; roomId: string }) {
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
    const frames = acceptSuggestions(editor, groups)
    finish()
    const bounds = editor.getShapesPageBounds(frames as TLShapeId[])
    if (bounds) editor.zoomToBounds(bounds, { animation: { duration: 300 }, inset: 60 })
  }
  const kept = groups?.filter((g) => g.ids.length > 0) ?? []

  return (
    <section className="panel" aria-label="Clusters">
      <h3>Clusters</h3>
      <button
        type="button"
        disabled={busy || !editor || groups !== null}
        onClick={suggest}
        data-testid="suggest-clusters"
      >
        Suggest clusters
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {groups && editor && (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-label="Suggested clusters" data-testid="suggestions-dialog">
            <h2>Suggested clusters</h2>
            <p className="hint">
              Groups of the ideas not yet in a cluster, by what they are about, in any of the six languages; under each
              title, what its ideas share. Edit the titles, remove ideas that don't belong, drop groups; nothing moves
              until you accept. Hover a group to see its notes.
            </p>
            {groups.length === 0 && (
              <p className="notice">
                No groups found: every idea is clustered already, or the ideas share too few words.
              </p>
            )}
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
                Accept {kept.length} {kept.length === 1 ? 'cluster' : 'clusters'}
              </button>
              <button type="button" onClick={finish} data-testid="cancel-suggestions">
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
