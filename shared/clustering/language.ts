/**
 * Which of the six languages a sticky note is written in, from its function words and letters.
 * A note is a handful of words, too few for the character-trigram profiles of general language
 * identifiers (which also mix up Norwegian and Danish on short texts); the function words and
 * letters of six known languages decide it far more reliably. Mistaking Norwegian for Danish or
 * Swedish costs little: their stemmers strip the same endings.
 */
import { LANGUAGES, type Language } from './glossary.ts'
import type { Token } from './tokens.ts'

// Words that mark a language, folded. A word listed for several languages counts for each.
const MARKERS: Record<Language, string> = {
  en: 'the and of to for with is are be how we need should more not that this in on at from by our can all their it an about into so just only out up too also get make who what when',
  sv: 'och att inte ar for pa som med till av hur vad vi ska maste behover mer ocksa eller kan alla fran det om mot nar sina deras bor finns vara battre ej i en ett de',
  nb: 'og ikke er for pa som med til av hva hvordan vi skal ma trenger mer ogsa eller kan alle fra det om mot nar deres bor blir noen mellom etter meg deg seg na hos hver hvert ut skjer i en et de ei',
  da: 'og ikke er for pa som med til af hvad hvordan vi skal ma mere ogsa eller kan alle fra det om mod nar deres bor bliver nogle mellem efter mig dig sig nu hos der have hver hvert ud sker i en et de',
  fi: 'ja on ei etta myos seka tai kun ovat olla pitaa tulee voi mita miten kuinka jotta esim ym mm eli nuorten pitaisi tarvitaan kanssa kaikki yhdessa',
  is: 'og ad er ekki vid fyrir med um sem til a i thad hvernig tharf thurfa eda lika fra svo vegna hja gegn allir thess thvi ur fer milli',
}
const markerSets = Object.fromEntries(LANGUAGES.map((l) => [l, new Set(MARKERS[l].split(' '))])) as Record<
  Language,
  Set<string>
>

/** Letter and ending cues, each worth one point per word that shows it. */
const CUES: [RegExp, Language[]][] = [
  [/[ðþ]/, ['is']],
  [/[áéíóúý]/, ['is']],
  [/æ/, ['da', 'nb', 'is']],
  [/ø/, ['da', 'nb']],
  [/å/, ['sv', 'nb', 'da']],
  [/ä/, ['sv', 'fi']],
  [/ö/, ['sv', 'fi', 'is']],
  [/(aa|ee|ii|uu|yy|ää|öö)/, ['fi']],
  [/ä[aeiouyä]|[aeiouy]ä|ä.*ä/, ['fi']],
  [/(ssa|ssä|sta|stä|lla|llä|lle|ksi|nen|ista|istä|iden|jen|ään|ssaan)$/, ['fi']],
  [/y[äö]|[äö]y|uo|ie/, ['fi']],
  [/(ness|ity|ly|ies|ed)$|w|th/, ['en']],
  [/ing$/, ['en', 'sv', 'nb', 'da']],
  [/(ene|erne|arna|orna|ning|het|hed|lig|ligt|skap|skab|sk)$/, ['sv', 'nb', 'da']],
  [/(sjon|ene)$|kj|gj|skj/, ['nb']],
  [/(hed|erne|else|ige|tion|ede)$|eft/, ['da']],
  [/(het|ning|arna|orna|erna|tion)$/, ['sv']],
]

// On a tie the earlier language wins; English first because a room's common language is usually it.
const ORDER: Language[] = ['en', 'sv', 'nb', 'da', 'fi', 'is']

/** How much one word speaks for each language, in the order of {@link LANGUAGES}. */
function wordScores(token: Token): number[] {
  const score = LANGUAGES.map((language) => (markerSets[language].has(token.folded) ? 2 : 0))
  for (const [pattern, languages] of CUES) {
    if (pattern.test(token.lower)) for (const language of languages) score[LANGUAGES.indexOf(language)]++
  }
  return score
}

/**
 * The likeliest language of a note from its words; English when nothing tells. `cache` (lower-cased
 * word → its scores) saves testing the same word again across the notes of one board.
 */
export function detectLanguage(tokens: readonly Token[], cache: Map<string, number[]> = new Map()): Language {
  const score = [0, 0, 0, 0, 0, 0]
  for (const token of tokens) {
    let scores = cache.get(token.lower)
    if (!scores) {
      scores = wordScores(token)
      cache.set(token.lower, scores)
    }
    for (let l = 0; l < score.length; l++) score[l] += scores[l]
  }
  let best: Language = 'en'
  for (const language of ORDER) if (score[LANGUAGES.indexOf(language)] > score[LANGUAGES.indexOf(best)]) best = language
  return best
}

/** The language most of the notes are written in (ties: the earlier in {@link ORDER}). */
export function majorityLanguage(languages: readonly Language[]): Language {
  const count = new Map<Language, number>()
  for (const language of languages) count.set(language, (count.get(language) ?? 0) + 1)
  let best: Language = 'en'
  for (const language of ORDER) if ((count.get(language) ?? 0) > (count.get(best) ?? 0)) best = language
  return best
}
