/**
 * Capital Code entries from a board: one per cluster holding challenges, solutions, policy
 * recommendations or guiding principles, and one per such idea outside any cluster that received
 * votes. Pure.
 */
import type { BoardCluster, BoardIdea } from '../board/clusters.ts'
import { ENTRY_TYPES, type DistilledEntry, type EntryType, type VoteCount } from '../schema/codeEntry.ts'
import type { BoardCase } from './caseCards.ts'
import { duplicateKey, titleFrom } from './normalize.ts'
import { NO_VOTES, addVotes } from './votes.ts'

export interface EntryContext {
  roomId: string
  snapshotId: string
  takenAt: string
  /** City ids in the configured order: only these count as an entry's cities. */
  cityIds: readonly string[]
  votes: ReadonlyMap<string, VoteCount>
}

const isEntryType = (kind: string): kind is EntryType => (ENTRY_TYPES as readonly string[]).includes(kind)

/** `entry:<roomId>:<shapeId>`: the cluster's frame, or the lone idea. Distilling again gives the same id. */
export const entryId = (roomId: string, shapeId: string) => `entry:${roomId}:${shapeId}`

export function distillEntries(
  ideas: BoardIdea[],
  clusters: BoardCluster[],
  cases: BoardCase[],
  ctx: EntryContext,
): DistilledEntry[] {
  const entries: DistilledEntry[] = []
  for (const cluster of clusters) {
    const members = ideas.filter((i) => i.clusterId === cluster.id)
    const content = members.filter((i) => isEntryType(i.kind) && i.text.length > 0)
    if (content.length === 0) continue
    const caseIds = cases.filter((c) => c.clusterId === cluster.id).map((c) => c.id)
    entries.push(
      entry(
        cluster.id,
        cluster.title.slice(0, 200),
        content,
        members,
        caseIds,
        ctx.votes.get(cluster.id) ?? NO_VOTES,
        ctx,
      ),
    )
  }
  for (const idea of ideas) {
    if (idea.clusterId !== null || !isEntryType(idea.kind) || idea.text.length === 0) continue
    if ((ctx.votes.get(idea.id)?.total ?? 0) === 0) continue
    entries.push(entry(null, titleFrom(idea.text), [idea], [idea], [], NO_VOTES, ctx))
  }
  return entries.sort((a, b) => b.votes.total - a.votes.total || (a.id < b.id ? -1 : 1))
}

function entry(
  clusterId: string | null,
  title: string,
  content: BoardIdea[],
  members: BoardIdea[],
  caseIds: string[],
  clusterVotes: VoteCount,
  ctx: EntryContext,
): DistilledEntry {
  const ideaVotes = (idea: BoardIdea) => ctx.votes.get(idea.id) ?? NO_VOTES
  const shapeIds = [...(clusterId ? [clusterId] : []), ...members.map((i) => i.id).sort()]
  return {
    id: entryId(ctx.roomId, clusterId ?? content[0].id),
    roomId: ctx.roomId,
    type: dominantType(content, ideaVotes),
    title,
    texts: mergedTexts(content, ideaVotes),
    cities: citiesOf(members, ctx.cityIds),
    // A cluster entry counts the dots on its frame and on its challenge/solution/policy/principle ideas.
    votes: addVotes([clusterVotes, ...content.map(ideaVotes)]),
    caseIds,
    provenance: { snapshotId: ctx.snapshotId, takenAt: ctx.takenAt, clusterId, shapeIds },
  }
}

/**
 * The kind most ideas of the cluster have (every note counts, duplicates too). A tie goes to the
 * tied kind whose ideas got more dots, then to the first in the order challenge, solution, policy,
 * principle.
 */
export function dominantType(ideas: BoardIdea[], votesOf: (idea: BoardIdea) => VoteCount): EntryType {
  const score = (type: EntryType) => {
    const ofType = ideas.filter((i) => i.kind === type)
    return [ofType.length, ofType.reduce((sum, i) => sum + votesOf(i).total, 0)] as const
  }
  let best: EntryType = ENTRY_TYPES[0]
  let bestScore = score(best)
  for (const type of ENTRY_TYPES.slice(1)) {
    const s = score(type)
    if (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1])) [best, bestScore] = [type, s]
  }
  return best
}

/**
 * The member ideas' texts, duplicates (same `duplicateKey`) merged into their first wording in
 * board-id order; ordered by dots (a merged text counts all its notes' dots), then alphabetically.
 */
export function mergedTexts(ideas: BoardIdea[], votesOf: (idea: BoardIdea) => VoteCount): string[] {
  const groups = new Map<string, { text: string; dots: number }>()
  for (const idea of [...ideas].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = duplicateKey(idea.text)
    const group = groups.get(key) ?? { text: idea.text, dots: 0 }
    group.dots += votesOf(idea).total
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => b.dots - a.dots || a.text.localeCompare(b.text, 'en')).map((g) => g.text)
}

/** The cities the ideas' authors and next-step owners come from; anonymous ideas add none. */
function citiesOf(ideas: BoardIdea[], cityIds: readonly string[]): string[] {
  const involved = new Set(ideas.flatMap((i) => [i.city, i.ownerCity]))
  return cityIds.filter((id) => involved.has(id))
}
