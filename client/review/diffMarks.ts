/**
 * What the canvas of snapshot B marks for a diff: per shape, the kinds of change and a short label in
 * the reader's language (`t`). Pure.
 */
import type { TFunction } from 'i18next'
import type { SnapshotDiff } from '../../shared/distill/snapshotDiff.ts'

export type ChangeKind = 'added' | 'edited' | 'moved' | 'votes' | 'cluster-added' | 'cluster-renamed'

export interface DiffMark {
  id: string
  kinds: ChangeKind[]
  label: string
}

export function diffMarks(diff: SnapshotDiff, t: TFunction): DiffMark[] {
  const marks = new Map<string, DiffMark>()
  const add = (id: string, kind: ChangeKind, label: string) => {
    const mark = marks.get(id) ?? { id, kinds: [], label: '' }
    mark.kinds.push(kind)
    mark.label = mark.label ? `${mark.label} · ${label}` : label
    marks.set(id, mark)
  }
  for (const idea of diff.ideas.added) add(idea.id, 'added', t('review.diff.markNew'))
  for (const edit of diff.ideas.edited) {
    const what = edit.changed.map((field) => t(field === 'text' ? 'review.diff.markText' : 'review.diff.markKind'))
    add(edit.id, 'edited', t('review.diff.markEdited', { what: what.join(' + ') }))
  }
  for (const move of diff.ideas.moved)
    add(move.id, 'moved', t('review.diff.markMoved', { title: move.toTitle ?? t('review.diff.noCluster') }))
  for (const cluster of diff.clusters.added) add(cluster.id, 'cluster-added', t('review.diff.markNewCluster'))
  for (const cluster of diff.clusters.renamed) add(cluster.id, 'cluster-renamed', t('review.diff.markRenamed'))
  for (const vote of diff.votes)
    add(vote.targetId, 'votes', t('review.diff.markVotes', { delta: `${vote.delta > 0 ? '+' : ''}${vote.delta}` }))
  return [...marks.values()]
}
