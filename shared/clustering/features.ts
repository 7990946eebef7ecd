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
import { fold, symbolsOf, type Token, tokenize } from './tokens.ts'

/** How much each kind of feature counts, and how compounds are cut. */
export interface FeatureWeights {
  concept: number
  /** A broad concept (`broad: true` in the glossary: radicalisation, young people, training, …). */
  broadConcept: number
  stem: number
  ngram: number
  /** Length of the character n-grams; stems shorter than `ngramMinStem` get none. */
  ngramSize: number
  ngramMinStem: number
}

export const DEFAULT_WEIGHTS: FeatureWeights = {
  concept: 4,
  broadConcept: 2,
  stem: 1,
  ngram: 0.5,
  ngramSize: 5,
  ngramMinStem: 8,
}

/** One note, read. */
export interface AnalysedIdea {
  language: Language
  /** Glossary concept indices the note names, each once. */
  concepts: number[]
  /** Folded stems of its content words, each once, with the word as written. */
  stems: Map<string, string>
  /** Feature id (see {@link Analyser}) → raw weight (before IDF). */
  features: Map<number, number>
}

/** A word's stem feature and the n-gram features of its compound parts, with their weights. */
interface WordFeatures {
  stem: string
  features: [number, number][]
}

/** Reads the notes of one board; `dimensions` is the number of feature ids given out so far. */
export interface Analyser {
  analyse(text: string): AnalysedIdea
  readonly dimensions: number
}

/**
 * A reader of notes for one board. Words recur across notes, so what is learnt about a word (its
 * folding, language cues, stem, n-grams) is kept for the notes read after it.
 */
export function createAnalyser(glossary: GlossaryIndex, weights: FeatureWeights): Analyser {
  // Features are numbered in first-seen order, so the numbering depends only on the order of the notes.
  const vocabulary = new Map<string, number>()
  const idOf = (feature: string) => {
    let id = vocabulary.get(feature)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(feature, id)
    }
    return id
  }
  const tokenCache = new Map<string, Token>()
  const languageCache = new Map<string, number[]>()
  const wordCache = new Map<string, WordFeatures>()
  const wordFeatures = (lower: string, language: Language): WordFeatures => {
    const key = `${language}:${lower}`
    let known = wordCache.get(key)
    if (!known) {
      const folded = fold(stem(lower, language))
      const features: [number, number][] = folded.length < 2 ? [] : [[idOf(`s:${folded}`), weights.stem]]
      if (features.length > 0 && weights.ngram > 0 && folded.length >= weights.ngramMinStem) {
        const count = folded.length - weights.ngramSize + 1
        for (let i = 0; i < count; i++)
          features.push([idOf(`g:${folded.slice(i, i + weights.ngramSize)}`), weights.ngram / Math.sqrt(count)])
      }
      known = { stem: folded, features }
      wordCache.set(key, known)
    }
    return known
  }
  return {
    analyse(text) {
      const tokens = tokenize(text, tokenCache)
      const language = detectLanguage(tokens, languageCache)
      return analyseTokens(text, tokens, language, glossary, weights, wordFeatures, idOf)
    },
    get dimensions() {
      return vocabulary.size
    },
  }
}

function analyseTokens(
  text: string,
  tokens: readonly Token[],
  language: Language,
  glossary: GlossaryIndex,
  weights: FeatureWeights,
  wordFeatures: (lower: string, language: Language) => WordFeatures,
  idOf: (feature: string) => number,
): AnalysedIdea {
  const concepts = new Set<number>()
  const stems = new Map<string, string>()
  const features = new Map<number, number>()
  const add = (feature: number, weight: number) => features.set(feature, (features.get(feature) ?? 0) + weight)

  for (const c of glossary.conceptsOfPhrases(tokens)) concepts.add(c)
  for (const token of tokens) {
    if (token.stop) continue
    for (const c of glossary.conceptsOfWord(token.folded, language)) concepts.add(c)
    const word = wordFeatures(token.lower, language)
    if (word.features.length === 0) continue
    if (!stems.has(word.stem)) stems.set(word.stem, token.surface)
    for (const [feature, weight] of word.features) add(feature, weight)
  }
  for (const c of concepts) add(idOf(`c:${c}`), glossary.concepts[c].broad ? weights.broadConcept : weights.concept)
  // A note of emoji only: its symbols, so that duplicates still meet.
  for (const symbol of symbolsOf(text)) {
    if (!stems.has(symbol)) stems.set(symbol, symbol)
    add(idOf(`s:${symbol}`), weights.stem)
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

/** TF-IDF vectors: each raw weight times the feature's smooth IDF, L2-normalised. */
export function tfidfVectors(docs: readonly Map<number, number>[], dimensions: number): SparseVector[] {
  const df = new Int32Array(dimensions)
  for (const features of docs) for (const id of features.keys()) df[id]++
  const idfOf = Float64Array.from(df, (count) => idf(count, docs.length))
  return docs.map((features) => {
    const ids = Int32Array.from(features.keys()).sort()
    const weights = Float64Array.from(ids, (id) => features.get(id)! * idfOf[id])
    let norm = 0
    for (const w of weights) norm += w * w
    norm = Math.sqrt(norm)
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm
    return { ids, weights }
  })
}

/**
 * Cosine similarities of L2-normalised vectors as a dense row-major n×n matrix, accumulated through
 * an inverted index (compressed: one typed array of documents and weights, sliced per feature) so
 * that only pairs sharing a feature cost anything.
 */
export function cosineMatrix(vectors: readonly SparseVector[], dimensions: number): Float32Array {
  const n = vectors.length
  const start = new Int32Array(dimensions + 1)
  for (const v of vectors) for (const id of v.ids) start[id + 1]++
  for (let f = 0; f < dimensions; f++) start[f + 1] += start[f]
  const fill = start.slice(0, dimensions)
  const docs = new Int32Array(start[dimensions])
  const weights = new Float64Array(start[dimensions])
  for (let d = 0; d < n; d++) {
    const v = vectors[d]
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++
      docs[at] = d
      weights[at] = v.weights[k]
    }
  }
  const sim = new Float32Array(n * n)
  for (let f = 0; f < dimensions; f++) {
    const end = start[f + 1]
    for (let a = start[f]; a < end; a++) {
      const row = docs[a] * n
      const wa = weights[a]
      for (let b = a + 1; b < end; b++) sim[row + docs[b]] += wa * weights[b]
    }
  }
  // Documents were filed in ascending order, so only the upper triangle was filled: mirror it.
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[j * n + i] = sim[i * n + j]
  return sim
}
