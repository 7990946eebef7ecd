/**
 * Suggested clusters: groups of similar sticky notes, written in English, Swedish, Norwegian,
 * Danish, Finnish or Icelandic, for the facilitator to preview, edit and accept. Pure and
 * deterministic; runs on the server, nothing leaves it. The approach, the glossary and the figures
 * are in the README ("Cluster suggestions").
 */
import { averageLinkage } from './averageLinkage.ts'
import {
  createAnalyser,
  cosineMatrix,
  DEFAULT_WEIGHTS,
  tfidfVectors,
  type AnalysedIdea,
  type FeatureWeights,
} from './features.ts'
import { GLOSSARY, type Concept, type Language } from './glossary.ts'
import { buildGlossaryIndex, type GlossaryIndex } from './glossaryIndex.ts'
import { majorityLanguage } from './language.ts'
import { describeGroups } from './titles.ts'

/** An idea to cluster: its board id and plain text. */
export interface IdeaText {
  id: string
  text: string
}

/** A proposed group: a title to keep, why its ideas belong together, and their ids, sorted. */
export interface SuggestedCluster {
  /** A readable title in the room's language ("Schools and parents"), or the group's central idea, shortened. */
  label: string
  /** The concepts or words the ideas share, e.g. "schools · parents". */
  explanation: string
  ids: string[]
}

/** Tuning for {@link suggestClusters}. Every field is optional. */
export interface SuggestClustersOptions {
  /**
   * Two groups are merged while the average cosine similarity between their ideas is at least this
   * (0–1]. Lower gives bigger, looser groups. The default was learned on the development set
   * (tests/fixtures/labelled-ideas.ts); see the README.
   */
  threshold?: number
  /** Smallest group worth proposing; smaller ones stay unclustered. Default `2`. */
  minClusterSize?: number
  /** At most this many groups are proposed, the largest first; the rest stay unclustered. Default `24`. */
  maxClusters?: number
  /** Language of titles and explanations. Default: the language most of the ideas are written in. */
  language?: Language
  /** How much concepts, stems and n-grams count. Default {@link DEFAULT_WEIGHTS}. */
  weights?: FeatureWeights
  /** The vocabulary. Default the reviewed glossary (glossary.ts). */
  glossary?: readonly Concept[]
}

export const DEFAULT_THRESHOLD = 0.2

const defaultIndex = { index: null as GlossaryIndex | null }
function indexOf(glossary: readonly Concept[] | undefined): GlossaryIndex {
  if (glossary) return buildGlossaryIndex(glossary)
  defaultIndex.index ??= buildGlossaryIndex(GLOSSARY)
  return defaultIndex.index
}

/**
 * Groups ideas by what they are about. Each idea becomes a TF-IDF vector of the glossary concepts it
 * names, its word stems and the character n-grams of its long stems; groups come from average-linkage
 * clustering cut at `threshold`, so their number follows from the ideas. An idea that shares no
 * concept or stem with any other member of its group leaves it; groups smaller than `minClusterSize`
 * are dropped. Ideas in no group are NOT returned: they stay unclustered on the board.
 *
 * Every returned id is an input id and appears in exactly one group; an id given more than once is
 * taken once. Groups are ordered largest first, then by their smallest id. Deterministic and
 * independent of input order: ideas are sorted by id (then text) first and every tie is broken by
 * that order. Time O(n²) in the number of ideas, memory n² floats (2,000 ideas: 16 MB).
 */
export function suggestClusters(ideas: readonly IdeaText[], options: SuggestClustersOptions = {}): SuggestedCluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const minClusterSize = Math.max(2, options.minClusterSize ?? 2)
  const maxClusters = Math.max(0, options.maxClusters ?? 24)
  const weights = options.weights ?? DEFAULT_WEIGHTS
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`)

  const glossary = indexOf(options.glossary)
  const items = uniqueById(ideas)
  const analyser = createAnalyser(glossary, weights)
  const analysed = items.map((idea) => analyser.analyse(idea.text))
  const vectors = tfidfVectors(
    analysed.map((a) => a.features),
    analyser.dimensions,
  )
  const linked = averageLinkage(cosineMatrix(vectors, analyser.dimensions), items.length, threshold)

  const groups = linked
    .map((group) => withoutStrangers(group, analysed))
    .filter((group) => group.length >= minClusterSize)
    // Groups list their members in ascending index order, i.e. ascending id.
    .sort((x, y) => y.length - x.length || x[0] - y[0])
    .slice(0, maxClusters)

  const language = options.language ?? majorityLanguage(analysed.map((a) => a.language))
  const words = describeGroups(
    groups,
    analysed,
    items.map((idea) => idea.text),
    vectors,
    glossary.concepts,
    language,
  )
  return groups.map((group, g) => ({
    label: words[g].title,
    explanation: words[g].explanation,
    ids: group.map((i) => items[i].id),
  }))
}

/**
 * The group without members that share no concept and no word stem with any other member (average
 * linkage can carry such an idea along on n-grams alone, or on its neighbours' similarity), repeated
 * until every member shares something.
 */
function withoutStrangers(group: number[], analysed: readonly AnalysedIdea[]): number[] {
  if (group.length < 2) return group
  const keysOf = new Map(
    group.map((i) => [i, [...analysed[i].concepts.map((c) => `c:${c}`), ...analysed[i].stems.keys()]]),
  )
  let members = group
  for (;;) {
    const count = new Map<string, number>()
    for (const i of members) for (const key of keysOf.get(i)!) count.set(key, (count.get(key) ?? 0) + 1)
    const kept = members.filter((i) => keysOf.get(i)!.some((key) => count.get(key)! >= 2))
    if (kept.length === members.length) return members
    members = kept
  }
}

function uniqueById(ideas: readonly IdeaText[]): IdeaText[] {
  const sorted = [...ideas].sort((x, y) => compare(x.id, y.id) || compare(x.text, y.text))
  return sorted.filter((idea, i) => i === 0 || idea.id !== sorted[i - 1].id)
}

/** Code-unit order: unlike `localeCompare`, the same on every machine. */
function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}
