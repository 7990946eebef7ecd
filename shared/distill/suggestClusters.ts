import {
  contentWords,
  idf,
  nordicSpelling,
  tfidfVectors,
  wordFeatures,
  type FeatureSpec,
  type SparseVector,
  type Word,
} from './textFeatures.ts'

/** An idea to cluster: its board id and plain text. */
export interface IdeaText {
  id: string
  text: string
}

/** A proposed group: a short human label and the ids of its ideas, sorted. */
export interface SuggestedCluster {
  label: string
  ids: string[]
}

/** Tuning for {@link suggestClusters}. Every field is optional. */
export interface SuggestClustersOptions {
  /**
   * Two groups are merged while the average cosine similarity between their ideas is at least this
   * (0–1). Lower gives bigger, looser groups. Default `0.06`: short notes in different languages
   * share few features, so related ideas are far from parallel.
   */
  threshold?: number
  /** Smallest group worth proposing; smaller ones stay unclustered. Default `2`. */
  minClusterSize?: number
  /** At most this many groups are proposed, the largest first; the rest stay unclustered. Default `12`. */
  maxClusters?: number
  /** How words become features. Default {@link DEFAULT_FEATURES}. */
  features?: FeatureSpec
}

/**
 * Word prefixes of 4, 5 and 6 folded, respelled letters, no character n-grams. On the labelled
 * workshop set prefixes measured better than n-grams: n-grams of word endings ("-ar", "-sta",
 * "-ur") mark the language rather than the topic, so n-gram clusters tended to gather one
 * language's notes.
 */
export const DEFAULT_FEATURES: FeatureSpec = { prefixMin: 4, prefixMax: 6, ngramMin: 0, ngramMax: 0 }

const DEFAULTS = { threshold: 0.06, minClusterSize: 2, maxClusters: 12, features: DEFAULT_FEATURES }

/**
 * Proposes groups of similar ideas for the facilitator to preview, edit and accept.
 *
 * Texts are compared by the cosine of TF-IDF vectors over the prefixes of their folded content
 * words (see {@link DEFAULT_FEATURES}), which lets inflected and cognate forms meet across English
 * and the Nordic languages ("radicalisation", "radikalisering", "radikalisoituminen") without a
 * stemmer per language. Groups come from average-linkage agglomerative clustering cut at
 * `threshold`. Ideas that share no roots (typically Finnish or Icelandic next to Scandinavian, which
 * have little vocabulary in common) are left apart rather than forced together.
 *
 * Ideas that end up in no group of `minClusterSize` or more are NOT returned: they stay unclustered
 * on the board. Every returned id is an input id and appears in exactly one group; an id given more
 * than once is taken once. Groups are ordered largest first, then by their smallest id.
 *
 * Deterministic, and independent of input order: ideas are sorted by id (then text) before
 * anything else, and every tie is broken by that order. Time and memory are O(n²) in the number of
 * ideas (500 ideas: a few tens of milliseconds).
 */
export function suggestClusters(
  ideas: readonly IdeaText[],
  options: SuggestClustersOptions = {},
): SuggestedCluster[] {
  const { threshold, minClusterSize, maxClusters, features } = { ...DEFAULTS, ...options }
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`)

  const items = uniqueById(ideas)
  const words = items.map((idea) => contentWords(idea.text))
  const vectors = tfidfVectors(words.map((ws) => ws.flatMap((w) => wordFeatures(w.folded, features))))
  const groups = averageLinkage(cosineMatrix(vectors), items.length, threshold)
    .filter((group) => group.length >= Math.max(2, minClusterSize))
    // Groups list their members in ascending index order, i.e. ascending id.
    .sort((x, y) => y.length - x.length || x[0] - y[0])
    .slice(0, Math.max(0, maxClusters))

  const labels = suggestLabels(groups, words)
  return groups.map((group, g) => ({ label: labels[g], ids: group.map((i) => items[i].id) }))
}

function uniqueById(ideas: readonly IdeaText[]): IdeaText[] {
  const sorted = [...ideas].sort((x, y) => compare(x.id, y.id) || compare(x.text, y.text))
  return sorted.filter((idea, i) => i === 0 || idea.id !== sorted[i - 1].id)
}

/** Code-unit order: unlike `localeCompare`, the same on every machine. */
function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

/** Cosine similarities of L2-normalised vectors, as a dense row-major n×n matrix. */
function cosineMatrix(vectors: readonly SparseVector[]): Float64Array {
  const n = vectors.length
  let dimensions = 0
  for (const v of vectors) if (v.ids.length > 0) dimensions = Math.max(dimensions, v.ids[v.ids.length - 1] + 1)
  const sim = new Float64Array(n * n)
  const dense = new Float64Array(dimensions)
  for (let i = 0; i < n; i++) {
    const vi = vectors[i]
    for (let k = 0; k < vi.ids.length; k++) dense[vi.ids[k]] = vi.weights[k]
    for (let j = i + 1; j < n; j++) {
      const vj = vectors[j]
      let dot = 0
      for (let k = 0; k < vj.ids.length; k++) dot += dense[vj.ids[k]] * vj.weights[k]
      sim[i * n + j] = sim[j * n + i] = dot
    }
    for (let k = 0; k < vi.ids.length; k++) dense[vi.ids[k]] = 0
  }
  return sim
}

/**
 * Average-linkage agglomerative clustering cut at `threshold`, by the nearest-neighbour chain
 * algorithm (O(n²) time; `sim` is overwritten). Average linkage never merges two clusters more
 * similar than an earlier merge of either, so keeping the merges at or above the threshold, in
 * whatever order the chain finds them, is the same as cutting the dendrogram there.
 *
 * Returns every item's group as ascending indices, including singletons.
 */
function averageLinkage(sim: Float64Array, n: number, threshold: number): number[][] {
  const size = new Int32Array(n).fill(1)
  const active = new Uint8Array(n).fill(1)
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])))
  const chain: number[] = []
  let remaining = n
  let firstActive = 0
  while (remaining > 1) {
    if (chain.length === 0) {
      while (!active[firstActive]) firstActive++
      chain.push(firstActive)
    }
    const a = chain[chain.length - 1]
    const previous = chain.length > 1 ? chain[chain.length - 2] : -1
    // Ties go to the previous chain link (the algorithm needs this to end), then the lowest index.
    let b = previous
    let best = previous >= 0 ? sim[a * n + previous] : -Infinity
    for (let c = 0; c < n; c++) {
      if (active[c] && c !== a && sim[a * n + c] > best) {
        best = sim[a * n + c]
        b = c
      }
    }
    if (b !== previous) {
      chain.push(b)
      continue
    }
    chain.length -= 2
    const keep = Math.min(a, b)
    const gone = Math.max(a, b)
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === gone) continue
      const merged = (size[keep] * sim[keep * n + c] + size[gone] * sim[gone * n + c]) / (size[keep] + size[gone])
      sim[keep * n + c] = sim[c * n + keep] = merged
    }
    size[keep] += size[gone]
    active[gone] = 0
    remaining--
    if (best >= threshold) parent[root(gone)] = root(keep)
  }
  const groups = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    const r = root(i)
    const group = groups.get(r)
    if (group) group.push(i)
    else groups.set(r, [i])
  }
  return [...groups.values()]
}

const MAX_LABEL_TERMS = 3
// Words sharing their first letters count as one term for labels ("mentor", "mentors", "mentorer"),
// compared in the same respelling as features ("psychiatry", "psykiatrin").
const TERM_KEY_LENGTH = 6

/**
 * A label per group: its most characteristic terms (how many of the group's ideas use a term,
 * weighted by how rare the term is on the whole board), in their commonest written form,
 * title-cased and joined by " · ". Terms used by two or more of the group's ideas come first; the
 * label never is empty and no two labels are the same.
 */
function suggestLabels(groups: readonly number[][], words: readonly Word[][]): string[] {
  const termKey = (w: Word) => nordicSpelling(w.folded).slice(0, TERM_KEY_LENGTH)
  const keysOf = words.map((ws) => new Set(ws.map(termKey)))
  const boardFrequency = new Map<string, number>()
  for (const keys of keysOf) for (const key of keys) boardFrequency.set(key, (boardFrequency.get(key) ?? 0) + 1)

  const used = new Set<string>()
  return groups.map((group) => {
    const groupFrequency = new Map<string, number>()
    const surfaces = new Map<string, Map<string, number>>()
    for (const i of group) {
      for (const key of keysOf[i]) groupFrequency.set(key, (groupFrequency.get(key) ?? 0) + 1)
      for (const w of words[i]) {
        const key = termKey(w)
        const forms = surfaces.get(key) ?? new Map<string, number>()
        const form = isAcronym(w.surface) ? w.surface : w.surface.toLowerCase()
        surfaces.set(key, forms.set(form, (forms.get(form) ?? 0) + 1))
      }
    }
    const score = (key: string) => groupFrequency.get(key)! * idf(boardFrequency.get(key)!, words.length)
    const form = (key: string) => commonestForm(surfaces.get(key)!)
    // On equal scores a longer word is usually the more telling one ("prosecution" over "back").
    const ranked = [...groupFrequency.keys()].sort(
      (x, y) => score(y) - score(x) || form(y).length - form(x).length || compare(x, y),
    )
    const shared = ranked.filter((key) => groupFrequency.get(key)! >= 2).slice(0, MAX_LABEL_TERMS)
    // Terms from a single idea say little about the group: use just enough of them to reach two.
    const single = ranked.filter((key) => groupFrequency.get(key)! < 2).slice(0, Math.max(0, 2 - shared.length))
    const terms = [...shared, ...single].map((key) => titleCase(form(key)))
    let label = terms.length > 0 ? terms.join(' · ') : `${group.length} similar ideas`
    for (let k = 2; used.has(label); k++) label = `${terms.join(' · ') || 'Similar ideas'} (${k})`
    used.add(label)
    return label
  })
}

function commonestForm(forms: Map<string, number>): string {
  return [...forms].sort(([x, nx], [y, ny]) => ny - nx || x.length - y.length || compare(x, y))[0][0]
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
