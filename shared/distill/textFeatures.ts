/**
 * Text features for clustering sticky-note ideas written in English and the Nordic languages:
 * tokenising, folding, stop words, character n-grams and TF-IDF vectors. Pure; no I/O.
 */

/** A word as written (for labels) and its folded key (for matching). */
export interface Word {
  surface: string
  folded: string
}

/** An L2-normalised sparse vector: parallel arrays of feature ids and weights. */
export interface SparseVector {
  ids: Int32Array
  weights: Float64Array
}

/** How to turn a word into features. Lengths are inclusive; a minimum of 0 turns that kind off. */
export interface FeatureSpec {
  /**
   * Prefixes of the folded word, a soft stem that works for all six languages at once: with 4–6,
   * "radikalisering" gives "radi", "radik", "radika". A word shorter than the minimum counts whole.
   */
  prefixMin: number
  prefixMax: number
  /** Character n-grams of the word padded with a boundary mark ("_ord_"). */
  ngramMin: number
  ngramMax: number
}

// Folding makes cognates meet across the languages: Swedish "föräldrar", Danish "forældre" and
// Norwegian "foreldre" all start "foraldr"/"foreldr", and share most of their n-grams.
const FOLD: Record<string, string> = { æ: 'a', ø: 'o', ð: 'd', þ: 'th', ß: 'ss', œ: 'oe' }

/** Lower-cases and strips diacritics (å ä ö → a a o), mapping æ ø ð þ which NFD leaves alone. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøðþßœ]/g, (c) => FOLD[c] ?? c)
}

/**
 * Respells Latin-derived English the Nordic way (ph → f, ch → k, qu → kv, x → ks, c → k), so
 * "psychiatry", "extremism" and "radicalisation" share roots with "psykiatri", "ekstremisme" and
 * "radikalisering". Used for features only, after stop words are removed ("could" stays a stop word).
 */
export function nordicSpelling(folded: string): string {
  return folded.replace(/ph/g, 'f').replace(/ch/g, 'k').replace(/qu/g, 'kv').replace(/x/g, 'ks').replace(/c/g, 'k')
}

// Small, common function words per language, stored folded. Content words that merely recur
// (e.g. "need", "city") are left to IDF, which down-weights them by how often the board uses them.
const STOP_WORDS = new Set(
  [
    // English
    'a an the and or but if of to in on at for from by with about into over after before between',
    'through without within as is are was were be been being have has had do does did can could may',
    'might must shall should will would not no nor so than too very that this these those there here',
    'where when who whom which what why how all any both each few more most other some such own same',
    'only just also us we our you your they them their it its he she his her i me my need needs get',
    // Swedish
    'och att det som en ett pa ar av for med till den har de inte om han men var jag sig fran vi sa',
    'kan man nar hon under ocksa efter eller nu sin sina sitt dar vid mot ska skall hur vara vad bli',
    'far inom nagon nagra alla aven dem deras hans hennes mellan mer mycket bara ut upp over behover',
    'samt utan genom fler',
    // Norwegian and Danish (much shared once folded)
    'og jeg et er ikke der meg seg ett mitt ha hadde hun na da ved du oss opp hvor hva selv her vil ble',
    'blitt kunne inn kom noen noe ville dere kun etter ned skulle denne deg si ma bade af mig havde',
    'ham ud os hvad blev ind vaere dog noget jo end dette mit have dig anden hende mine alt meget sit',
    'vor mod disse hvis din nogle hos blive mange ad bliver hendes vaeret jer sadan',
    // Finnish
    'ja on ei se etta han oli ovat olla ole kuin myos mutta tai jos kun niin seka vain jo nyt mukaan',
    'kanssa heidan heille hanen sen siita siihen joka jotka mika mita kuka tama taman nama ne he me te',
    'olisi ollut voi voidaan',
    // Icelandic
    'og i a ad er sem um vid til fyrir med af fra en ekki var eru hann hun thad their thaer thau tha',
    'thar hafa hefur verid vera eda sig sinn sina sinum theirra thess thvi ef hvad hver hja eftir',
    'gegn eg thu mjog',
  ]
    .join(' ')
    .split(' '),
)

/** Whether a folded word is a stop word. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded)
}

/**
 * The content words of a text: runs of letters and digits, without stop words and one-letter
 * words. Texts with no letters at all (only emoji, say) yield their symbols instead, so that two
 * identical "🔥" notes can still be recognised as duplicates.
 */
export function contentWords(text: string): Word[] {
  const normalised = text.normalize('NFKC')
  const words = (normalised.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((surface) => ({ surface, folded: fold(surface) }))
    .filter((w) => w.folded.length > 1 && !isStopWord(w.folded))
  if (words.length > 0 || /[\p{L}\p{N}]/u.test(normalised)) return words
  return (normalised.match(/\S/gu) ?? []).map((s) => ({ surface: s, folded: s }))
}

/** The features of one folded word, respelled, as `spec` asks: prefixes and/or character n-grams. */
export function wordFeatures(folded: string, spec: FeatureSpec): string[] {
  const word = nordicSpelling(folded)
  const out: string[] = []
  if (spec.prefixMin > 0) {
    out.push(`p:${word.slice(0, spec.prefixMin)}`)
    for (let n = spec.prefixMin + 1; n <= Math.min(spec.prefixMax, word.length); n++) out.push(`p:${word.slice(0, n)}`)
  }
  if (spec.ngramMin > 0) {
    const padded = `_${word}_`
    for (let n = spec.ngramMin; n <= spec.ngramMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n))
    }
  }
  // A word shorter than every n-gram, with prefixes off, would otherwise vanish.
  if (out.length === 0) out.push(word)
  return out
}

/**
 * TF-IDF vectors of documents given as feature lists: sublinear term frequency (1 + ln tf), smooth
 * IDF (ln((1 + N) / (1 + df)) + 1), L2-normalised. Feature ids are assigned in first-seen order, so
 * the result depends only on the order of `docs`.
 */
export function tfidfVectors(docs: readonly string[][]): SparseVector[] {
  const vocabulary = new Map<string, number>()
  const counts = docs.map((features) => {
    const tf = new Map<number, number>()
    for (const f of features) {
      let id = vocabulary.get(f)
      if (id === undefined) vocabulary.set(f, (id = vocabulary.size))
      tf.set(id, (tf.get(id) ?? 0) + 1)
    }
    return tf
  })
  const df = new Float64Array(vocabulary.size)
  for (const tf of counts) for (const id of tf.keys()) df[id]++
  return counts.map((tf) => {
    const ids = Int32Array.from([...tf.keys()].sort((x, y) => x - y))
    const weights = Float64Array.from(ids, (id) => (1 + Math.log(tf.get(id)!)) * idf(df[id], docs.length))
    let norm = 0
    for (const w of weights) norm += w * w
    norm = Math.sqrt(norm)
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm
    return { ids, weights }
  })
}

/** Smooth inverse document frequency, as scikit-learn computes it. */
export function idf(documentFrequency: number, documents: number): number {
  return Math.log((1 + documents) / (1 + documentFrequency)) + 1
}
