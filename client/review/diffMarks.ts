/** What the canvas of snapshot B marks for a diff: per shape, the kinds of change and a short label. Pure. */
import type { SnapshotDiff } from '../../shared/distill/snapshotDiff.ts'

export type ChangeKind = 'added' | 'edited' | 'moved' | 'votes' | 'cluster-added' | 'cluster-renamed'

export interface DiffMark {
  id: string
  kinds: ChangeKind[]
  label: string
}

export function diffMarks(diff: SnapshotDiff): DiffMark[] {
  const marks = new Map<string, DiffMark>()
  const add = (id: string, kind: ChangeKind, label: string) => {
    const mark = marks.get(id) ?? { id, kinds: [], label: '' }
    mark.kinds.push(kind)
    mark.label = mark.label ? `${mark.label} · ${label}` : label
    marks.set(id, mark)
  }
  for (const idea of diff.ideas.added) add(idea.id, 'added', 'new')
  for (const edit of diff.ideas.edited) add(edit.id, 'edited', `edited ${edit.changed.join(' + ')}`)
  for (const move of diff.ideas.moved) add(move.id, 'moved', `moved to ${move.toTitle ?? 'no cluster'}`)
  for (const cluster of diff.clusters.added) add(cluster.id, 'cluster-added', 'new cluster')
  for (const cluster of diff.clusters.renamed) add(cluster.id, 'cluster-renamed', 'renamed')
  for (const vote of diff.votes) add(vote.targetId, 'votes', `votes ${vote.delta > 0 ? '+' : ''}${vote.delta}`)
  return [...marks.values()]
}
