/**
 * What changed between two snapshots of a room, with the shape ids the UI needs to highlight it.
 * Pure. Vote counts per target follow `latestVotes` (each target's latest round).
 */
import { readBoard, type BoardCluster, type BoardIdea } from '../board/clusters.ts'
import type { IdeaKind } from '../board/ideas.ts'
import type { Snapshot } from '../schema/snapshot.ts'
import { NO_VOTES, latestVotes } from './votes.ts'

export interface IdeaRef {
  id: string
  kind: IdeaKind
  text: string
  clusterId: string | null
}

export interface SnapshotDiff {
  from: string
  to: string
  ideas: {
    added: IdeaRef[]
    removed: IdeaRef[]
    /** Text or kind changed (`changed` says which). */
    edited: { id: string; changed: ('text' | 'kind')[]; before: IdeaRef; after: IdeaRef }[]
    moved: { id: string; from: string | null; to: string | null; fromTitle: string | null; toTitle: string | null }[]
  }
  clusters: {
    added: { id: string; title: string }[]
    removed: { id: string; title: string }[]
    renamed: { id: string; before: string; after: string }[]
  }
  /** Targets whose dot count differs (a target absent from one side counts 0 there). */
  votes: { targetId: string; before: number; after: number; delta: number }[]
}

/** The changes from snapshot `a` to the later snapshot `b`; every list sorted by id. */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const before = readBoard(a.records)
  const after = readBoard(b.records)
  const ideasA = byId(before.ideas)
  const ideasB = byId(after.ideas)
  const titleA = titles(before.clusters)
  const titleB = titles(after.clusters)

  const diff: SnapshotDiff = {
    from: a.id,
    to: b.id,
    ideas: { added: [], removed: [], edited: [], moved: [] },
    clusters: { added: [], removed: [], renamed: [] },
    votes: [],
  }
  for (const [id, idea] of ideasB) if (!ideasA.has(id)) diff.ideas.added.push(ref(idea))
  for (const [id, idea] of ideasA) {
    const later = ideasB.get(id)
    if (!later) {
      diff.ideas.removed.push(ref(idea))
      continue
    }
    const changed = [
      ...(idea.text !== later.text ? (['text'] as const) : []),
      ...(idea.kind !== later.kind ? (['kind'] as const) : []),
    ]
    if (changed.length > 0) diff.ideas.edited.push({ id, changed, before: ref(idea), after: ref(later) })
    if (idea.clusterId !== later.clusterId) {
      const title = (map: Map<string, string>, cluster: string | null) =>
        cluster === null ? null : (map.get(cluster) ?? null)
      diff.ideas.moved.push({
        id,
        from: idea.clusterId,
        to: later.clusterId,
        fromTitle: title(titleA, idea.clusterId),
        toTitle: title(titleB, later.clusterId),
      })
    }
  }
  for (const [id, title] of titleB) if (!titleA.has(id)) diff.clusters.added.push({ id, title })
  for (const [id, title] of titleA) {
    const later = titleB.get(id)
    if (later === undefined) diff.clusters.removed.push({ id, title })
    else if (later !== title) diff.clusters.renamed.push({ id, before: title, after: later })
  }
  const votesA = latestVotes(a.results)
  const votesB = latestVotes(b.results)
  for (const targetId of new Set([...votesA.keys(), ...votesB.keys()])) {
    const x = (votesA.get(targetId) ?? NO_VOTES).total
    const y = (votesB.get(targetId) ?? NO_VOTES).total
    if (x !== y) diff.votes.push({ targetId, before: x, after: y, delta: y - x })
  }
  return sortLists(diff)
}

const byId = (ideas: BoardIdea[]) => new Map(ideas.map((i) => [i.id, i]))
const titles = (clusters: BoardCluster[]) => new Map(clusters.map((c) => [c.id, c.title]))
const ref = ({ id, kind, text, clusterId }: BoardIdea): IdeaRef => ({ id, kind, text, clusterId })

function sortLists(diff: SnapshotDiff): SnapshotDiff {
  const byKey =
    <T>(key: (t: T) => string) =>
    (x: T, y: T) =>
      key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0
  const id = byKey<{ id: string }>((t) => t.id)
  for (const list of [
    diff.ideas.added,
    diff.ideas.removed,
    diff.ideas.edited,
    diff.ideas.moved,
    diff.clusters.added,
    diff.clusters.removed,
    diff.clusters.renamed,
  ]) {
    ;(list as { id: string }[]).sort(id)
  }
  diff.votes.sort(byKey((v) => v.targetId))
  return diff
}
