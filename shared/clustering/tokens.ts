/**
 * Words of a sticky note: tokenising, folding (accents off, so that Swedish "föräldrar" and Danish
 * "forældre" share letters) and the function words of the six languages. Pure; no I/O.
 */

/** A word as written, lower-cased (for stemming and labels), and folded (for matching). */
export interface Token {
  surface: string
  lower: string
  folded: string
  /** A function word of one of the six languages ("och", "the", "että"): no feature of its own. */
  stop: boolean
}

// NFD leaves these letters whole; they are folded by hand.
const FOLD: Record<string, string> = { æ: 'a', ø: 'o', ð: 'd', þ: 'th', ß: 'ss', œ: 'oe' }

/** Lower-cases and strips diacritics (å ä ö → a a o), mapping æ ø ð þ which NFD leaves alone. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøðþßœ]/g, (c) => FOLD[c] ?? c)
}

// Small, common function words per language, stored folded. Content words that merely recur
// ("need", "city") are left to IDF, which down-weights them by how often the board uses them.
const STOP_WORDS = new Set(
  [
    // English
    'a an the and or but if of to in on at for from by with about into over after before between',
    'through without within as is are was were be been being have has had do does did can could may',
    'might must shall should will would not no nor so than too very that this these those there here',
    'where when who whom which what why how all any both each few more most other some such own same',
    'only just also us we our you your they them their it its he she his her i me my need needs get',
    'eg ie etc via re vs more less better new use using make making way ways',
    // Swedish
    'och att det som en ett pa ar av for med till den har de inte om han men var jag sig fran vi sa',
    'kan man nar hon under ocksa efter eller nu sin sina sitt dar vid mot ska skall hur vara vad bli',
    'far inom nagon nagra alla aven dem deras hans hennes mellan mer mycket bara ut upp over behover',
    'samt utan genom fler bor t.ex tex osv mm dvs kunna finns battre',
    // Norwegian and Danish (much shared once folded)
    'og jeg et er ikke der meg seg ett mitt ha hadde hun na da ved du oss opp hvor hva selv her vil ble',
    'blitt kunne inn kom noen noe ville dere kun etter ned skulle denne deg si ma bade af mig havde',
    'ham ud os hvad blev ind vaere dog noget jo end dette mit have dig anden hende mine alt meget sit',
    'vor mod disse hvis din nogle hos blive mange ad bliver hendes vaeret jer sadan trenger behov',
    'hvordan mere mer flere bedre fx feks',
    // Finnish
    'ja on ei se etta han oli ovat olla ole kuin myos mutta tai jos kun niin seka vain jo nyt mukaan',
    'kanssa heidan heille hanen sen siita siihen joka jotka mika mita kuka tama taman nama ne he me te',
    'olisi ollut voi voidaan pitaa pitaisi tulee tarvitaan miten kuinka jotta esim yms mm eli enemman',
    'paremmin parempi uusi',
    // Icelandic
    'og i a ad er sem um vid til fyrir med af fra en ekki var eru hann hun thad their thaer thau tha',
    'thar hafa hefur verid vera eda sig sinn sina sinum theirra thess thvi ef hvad hver hja eftir',
    'gegn eg thu mjog hvernig tharf thurfa lika svo vegna meira betri nyja',
  ]
    .join(' ')
    .split(' '),
)

/** Whether a folded word is a function word. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded)
}

/**
 * Every word of a text in order (runs of letters and digits), with its forms. One-letter words are
 * kept here (phrases such as "vi och dom" need them) and marked as stop words. `cache` (word as
 * written → token) saves folding the same word again across the notes of one board.
 */
export function tokenize(text: string, cache: Map<string, Token> = new Map()): Token[] {
  const normalised = text.normalize('NFKC')
  return (normalised.match(/[\p{L}\p{N}]+/gu) ?? []).map((surface) => {
    let token = cache.get(surface)
    if (!token) {
      const lower = surface.toLowerCase()
      const folded = fold(surface)
      token = { surface, lower, folded, stop: folded.length < 2 || STOP_WORDS.has(folded) }
      cache.set(surface, token)
    }
    return token
  })
}

/**
 * The symbols of a text that has no letters or digits at all (only emoji, say), so that two
 * identical "🔥" notes can still be recognised as duplicates.
 */
export function symbolsOf(text: string): string[] {
  const normalised = text.normalize('NFKC')
  if (/[\p{L}\p{N}]/u.test(normalised)) return []
  return normalised.match(/[^\s\p{P}]/gu) ?? []
}
