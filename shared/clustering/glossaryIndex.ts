/**
 * Reads the glossary (glossary.ts) into a matcher: which concepts a note's words name. Single-word
 * terms live in a trie over folded letters, so one walk per letter position finds the longest term
 * there, at the start of a word or inside a compound ("avradikalisering", "täydennyskoulutus").
 * Terms of several words ("sociala insatsgrupper", "vi och dom") are matched on consecutive words,
 * each word as a prefix.
 *
 * A word's start matches terms of every language (cognates and loanwords cross languages), but a
 * compound part only matches terms of the note's own language family: compounds are built in one
 * language, and a Finnish "lapse" (child) found inside English "relapse" means nothing.
 */
import { GLOSSARY, LANGUAGES, type Concept, type Language } from './glossary.ts'
import { fold, type Token } from './tokens.ts'

/** Inner matches (inside a compound) start at least this far into a word. */
const MIN_INNER_OFFSET = 2
/** Terms at least this long match inside compounds without being marked with `*`. */
const INNER_MIN_LENGTH = 5

interface TermEnd {
  concept: number
  exact: boolean
  /** Bit mask of the languages (index in LANGUAGES) whose compounds it may match inside. */
  inner: number
}

/** Languages whose compounds share parts: Swedish, Norwegian and Danish; the others alone. */
const FAMILY: Record<Language, Language[]> = {
  en: ['en'],
  sv: ['sv', 'nb', 'da'],
  nb: ['sv', 'nb', 'da'],
  da: ['sv', 'nb', 'da'],
  fi: ['fi'],
  is: ['is'],
}
const bit = (language: Language) => 1 << LANGUAGES.indexOf(language)
const familyMask = (language: Language) => FAMILY[language].reduce((mask, l) => mask | bit(l), 0)

interface TrieNode {
  next: Map<string, TrieNode>
  end: TermEnd | null
}

interface Phrase {
  concept: number
  words: string[]
}

export interface GlossaryIndex {
  concepts: readonly Concept[]
  /** Concept indices named by a single folded word of a note in `language`, in the order found (may repeat). */
  conceptsOfWord(folded: string, language: Language): number[]
  /** Concept indices named by multi-word terms in a note's tokens. */
  conceptsOfPhrases(tokens: readonly Token[]): number[]
}

/** Splits a glossary term into its marks and folded words. */
export function parseTerm(term: string): { words: string[]; exact: boolean; inner: boolean; startOnly: boolean } {
  let body = term.trim()
  const exact = body.endsWith('$')
  const startOnly = body.startsWith('^')
  const starred = body.startsWith('*')
  body = body.replace(/^[*^]/, '').replace(/\$$/, '')
  const words = (fold(body).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 0)
  const inner = !startOnly && !exact && (starred || (words.length === 1 && words[0].length >= INNER_MIN_LENGTH))
  return { words, exact, inner, startOnly }
}

export function buildGlossaryIndex(concepts: readonly Concept[] = GLOSSARY): GlossaryIndex {
  const root: TrieNode = { next: new Map(), end: null }
  const phrasesByStart = new Map<string, Phrase[]>()
  concepts.forEach((concept, c) => {
    for (const language of LANGUAGES) {
      for (const term of concept.terms[language]) {
        const parsed = parseTerm(term)
        const { words, exact } = parsed
        const inner = parsed.inner ? bit(language) : 0
        if (words.length === 0) continue
        if (words.length > 1) {
          const key = words[0].slice(0, 2)
          const list = phrasesByStart.get(key) ?? []
          list.push({ concept: c, words })
          phrasesByStart.set(key, list)
          continue
        }
        let node = root
        for (const ch of words[0]) {
          let child = node.next.get(ch)
          if (!child) {
            child = { next: new Map(), end: null }
            node.next.set(ch, child)
          }
          node = child
        }
        // The same folded term twice (e.g. in two languages of one concept) keeps its widest reading.
        const previous = node.end
        node.end =
          previous && previous.concept === c
            ? { concept: c, exact: previous.exact && exact, inner: previous.inner | inner }
            : { concept: c, exact, inner }
      }
    }
  })

  const wordCache = new Map<string, number[]>()
  const conceptsOfWord = (folded: string, language: Language): number[] => {
    const key = `${FAMILY[language][0]}:${folded}`
    const cached = wordCache.get(key)
    if (cached) return cached
    const mask = familyMask(language)
    const found: number[] = []
    let start = 0
    while (start < folded.length) {
      let node: TrieNode | undefined = root
      let best: TermEnd | null = null
      let bestEnd = start
      for (let i = start; i < folded.length && node; i++) {
        node = node.next.get(folded[i])
        const end = node?.end
        if (!end) continue
        const atStart = start === 0
        if (end.exact && !(atStart && i === folded.length - 1)) continue
        if (!atStart && ((end.inner & mask) === 0 || start < MIN_INNER_OFFSET)) continue
        best = end
        bestEnd = i + 1
      }
      if (best) {
        found.push(best.concept)
        start = bestEnd
      } else start++
    }
    wordCache.set(key, found)
    return found
  }

  const conceptsOfPhrases = (tokens: readonly Token[]): number[] => {
    const found: number[] = []
    for (let i = 0; i < tokens.length; i++) {
      const candidates = phrasesByStart.get(tokens[i].folded.slice(0, 2))
      if (!candidates) continue
      for (const phrase of candidates) {
        if (i + phrase.words.length > tokens.length) continue
        if (phrase.words.every((word, k) => tokens[i + k].folded.startsWith(word))) found.push(phrase.concept)
      }
    }
    return found
  }

  return { concepts, conceptsOfWord, conceptsOfPhrases }
}
