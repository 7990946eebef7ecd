/**
 * What a note is about, as weighted features: the glossary concepts it names (which meet across the
 * six languages), the stems of its words in its own language (which meet within a language, also for
 * words the glossary does not know), and character n-grams of long stems (which let the parts of
 * compounds meet: Finnish "nuorisotyöntekijä" and "nuorisotyö", Swedish "skolkurator" and
 * "kuratorn"). Then TF-IDF vectors and their cosine similarities. Pure; no I/O.
 */
import type { Language } from './glossary.ts'
import type { GlossaryIndex } from './glossaryIndex.ts'
import { detectLanguage } from './language.ts'
import { stem } from './stemming.ts'
import { fold, symbolsOf, tokenize } from './tokens.ts'

/** How much each kind of feature counts, and how compounds are cut. */
export interface FeatureWeights {
  concept: number
  stem: number
  ngram: number
  /** Length of the character n-grams; stems shorter than `ngramMinStem` get none. */
  ngramSize: number
  ngramMinStem: number
}

export const DEFAULT_WEIGHTS: FeatureWeights = { concept: 4, stem: 1, ngram: 0.5, ngramSize: 5, ngramMinStem: 8 }

/** One note, read. */
export interface AnalysedIdea {
  language: Language
  /** Glossary concept indices the note names, each once. */
  concepts: number[]
  /** Folded stems of its content words, each once, with the word as written. */
  stems: Map<string, string>
  /** Feature → raw weight (before IDF). */
  features: Map<string, number>
}

/** Reads one note. `stemCache` is shared across the notes of one call (key: language + word). */
export function analyse(
  text: string,
  glossary: GlossaryIndex,
  weights: FeatureWeights,
  stemCache: Map<string, string>,
): AnalysedIdea {
  const tokens = tokenize(text)
  const language = detectLanguage(tokens)
  const concepts = new Set<number>()
  const stems = new Map<string, string>()
  const features = new Map<string, number>()
  const add = (feature: string, weight: number) => features.set(feature, (features.get(feature) ?? 0) + weight)

  for (const c of glossary.conceptsOfPhrases(tokens)) concepts.add(c)
  for (const token of tokens) {
    if (token.stop) continue
    for (const c of glossary.conceptsOfWord(token.folded)) concepts.add(c)
    const key = `${language}:${token.lower}`
    let folded = stemCache.get(key)
    if (folded === undefined) {
      folded = fold(stem(token.lower, language))
      stemCache.set(key, folded)
    }
    if (folded.length < 2) continue
    if (!stems.has(folded)) stems.set(folded, token.surface)
    add(`s:${folded}`, weights.stem)
    if (weights.ngram > 0 && folded.length >= weights.ngramMinStem) {
      const count = folded.length - weights.ngramSize + 1
      for (let i = 0; i < count; i++)
        add(`g:${folded.slice(i, i + weights.ngramSize)}`, weights.ngram / Math.sqrt(count))
    }
  }
  for (const c of concepts) add(`c:${c}`, weights.concept)
  // A note of emoji only: its symbols, so that duplicates still meet.
  for (const symbol of symbolsOf(text)) {
    if (!stems.has(symbol)) stems.set(symbol, symbol)
    add(`s:${symbol}`, weights.stem)
  }
  return { language, concepts: [...concepts].sort((x, y) => x - y), stems, features }
}

/** An L2-normalised sparse vector: parallel arrays of feature ids and weights. */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
}

/** Smooth inverse document frequency, as scikit-learn computes it. */
export function idf(documentFrequency: number, documents: number): number {
  return Math.log((1 + documents) / (1 + documentFrequency)) + 1
}

/**
 * TF-IDF vectors: each raw weight times the feature's smooth IDF, L2-normalised. Feature ids are
 * given in first-seen order, so the result depends only on the order of `docs`.
 */
export function tfidfVectors(docs: readonly Map<string, number>[]): { vectors: SparseVector[]; dimensions: number } {
  const vocabulary = new Map<string, number>()
  const df: number[] = []
  const idsOf = docs.map((features) => {
    const ids: number[] = []
    for (const feature of features.keys()) {
      let id = vocabulary.get(feature)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(feature, id)
        df.push(0)
      }
      df[id]++
      ids.push(id)
    }
    return ids
  })
  const vectors = docs.map((features, d) => {
    const raw = [...features.values()]
    const order = idsOf[d].map((id, k) => ({ id, w: raw[k] * idf(df[id], docs.length) })).sort((x, y) => x.id - y.id)
    let norm = 0
    for (const { w } of order) norm += w * w
    norm = Math.sqrt(norm)
    return {
      ids: Int32Array.from(order, (o) => o.id),
      weights: Float64Array.from(order, (o) => (norm > 0 ? o.w / norm : 0)),
    }
  })
  return { vectors, dimensions: vocabulary.size }
}

/**
 * Cosine similarities of L2-normalised vectors as a dense row-major n×n matrix, accumulated through
 * an inverted index so that only pairs sharing a feature cost anything.
 */
export function cosineMatrix(vectors: readonly SparseVector[], dimensions: number): Float32Array {
  const n = vectors.length
  const postings: { doc: number[]; weight: number[] }[] = Array.from({ length: dimensions }, () => ({
    doc: [],
    weight: [],
  }))
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) {
      postings[v.ids[k]].doc.push(d)
      postings[v.ids[k]].weight.push(v.weights[k])
    }
  })
  const sim = new Float32Array(n * n)
  for (const { doc, weight } of postings) {
    for (let a = 0; a < doc.length; a++) {
      const row = doc[a] * n
      const wa = weight[a]
      for (let b = a + 1; b < doc.length; b++) sim[row + doc[b]] += wa * weight[b]
    }
  }
  // Docs were pushed in ascending order, so only the upper triangle was filled: mirror it.
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[j * n + i] = sim[i * n + j]
  return sim
}
