import { describe, expect, it } from 'vitest'
import { GLOSSARY, LANGUAGES, type Language } from '../../shared/clustering/glossary.ts'
import { buildGlossaryIndex, parseTerm } from '../../shared/clustering/glossaryIndex.ts'
import { stemIcelandic } from '../../shared/clustering/icelandicStemmer.ts'
import { detectLanguage } from '../../shared/clustering/language.ts'
import { stem } from '../../shared/clustering/stemming.ts'
import { fold, tokenize } from '../../shared/clustering/tokens.ts'
import { workshopIdeas } from '../fixtures/workshop-ideas.ts'

const index = buildGlossaryIndex()
const conceptsOf = (text: string, language?: Language) => {
  const tokens = tokenize(text)
  const lang = language ?? detectLanguage(tokens)
  const found = [
    ...index.conceptsOfPhrases(tokens),
    ...tokens.filter((t) => !t.stop).flatMap((t) => index.conceptsOfWord(t.folded, lang)),
  ]
  return [...new Set(found.map((c) => GLOSSARY[c].id))].sort()
}

describe('the glossary (review rules)', () => {
  it('names every concept and gives it at least two terms in all six languages', () => {
    expect(new Set(GLOSSARY.map((c) => c.id)).size).toBe(GLOSSARY.length)
    for (const concept of GLOSSARY) {
      for (const language of LANGUAGES) {
        expect(concept.names[language]?.trim(), `${concept.id} name in ${language}`).toBeTruthy()
        expect(concept.terms[language]?.length ?? 0, `${concept.id} terms in ${language}`).toBeGreaterThanOrEqual(2)
      }
    }
  })

  it('lists no term under two concepts, and no term shorter than three letters unless it must match whole', () => {
    const owner = new Map<string, string>()
    for (const concept of GLOSSARY) {
      for (const terms of Object.values(concept.terms)) {
        for (const term of terms) {
          const { words, exact, startOnly } = parseTerm(term)
          const key = `${startOnly ? '^' : ''}${words.join(' ')}${exact ? '$' : ''}`
          expect(words.join('').length, term).toBeGreaterThanOrEqual(exact ? 2 : 3)
          const other = owner.get(key)
          expect(other === undefined || other === concept.id, `"${term}" in ${other} and ${concept.id}`).toBe(true)
          owner.set(key, concept.id)
        }
      }
    }
  })
})

describe('reading concepts', () => {
  it('meets the same school in five languages', () => {
    const words: [string, Language][] = [
      ['skolen', 'nb'],
      ['koulussa', 'fi'],
      ['skólinn', 'is'],
      ['skolorna', 'sv'],
      ['schools', 'en'],
      ['grundskolan', 'sv'],
      ['yläkoulu', 'fi'],
    ]
    for (const [word, language] of words) expect(conceptsOf(word, language), word).toEqual(['school'])
  })

  it('finds concepts inside compounds, the longest term winning', () => {
    expect(conceptsOf('avradikaliseringen', 'sv')).toEqual(['exit'])
    expect(conceptsOf('täydennyskoulutus', 'fi')).toEqual(['training'])
    expect(conceptsOf('hatursorðræðu', 'is')).toEqual(['hate'])
    expect(conceptsOf('föräldraträffar', 'sv')).toEqual(['parents'])
  })

  it("looks inside compounds only for parts of the note's own language family", () => {
    expect(conceptsOf('relapse', 'en')).toEqual(['exit']) // not also Finnish "lapse" (child)
    expect(conceptsOf('barnlapset', 'fi')).toContain('children')
    expect(conceptsOf('närpolisen', 'da')).toEqual(['police']) // Swedish part, Danish note: one family
  })

  it('keeps exact and start-only terms where they belong', () => {
    expect(conceptsOf('politiet', 'nb')).toEqual(['police'])
    expect(conceptsOf('politikerne', 'da')).toEqual(['democracy'])
    expect(conceptsOf('orosanmälan', 'sv')).toEqual(['concern'])
    expect(conceptsOf('anmälan', 'sv')).toEqual(['reporting'])
  })

  it('matches terms of several words on consecutive words', () => {
    expect(conceptsOf('vi och dom')).toEqual(['polarisation'])
    expect(conceptsOf('sociala insatsgrupper')).toContain('ssp')
    expect(conceptsOf('far-right groups')).toEqual(['farRight'])
  })
})

describe('stemming and language', () => {
  it('strips Icelandic articles and case endings, never below three letters', () => {
    expect(['skólinn', 'skólanum', 'skólans', 'skólum', 'skóla'].map(stemIcelandic)).toEqual([
      'skól',
      'skól',
      'skól',
      'skól',
      'skól',
    ])
    expect(['lögreglan', 'lögreglunni', 'lögreglu'].map(stemIcelandic)).toEqual(['lögregl', 'lögregl', 'lögregl'])
    expect(stemIcelandic('mann')).toBe('mann')
  })

  it('stems the other five languages with Snowball', () => {
    expect(fold(stem('föräldrarna', 'sv'))).toBe(fold(stem('föräldrar', 'sv')))
    expect(stem('koulujen', 'fi')).toBe(stem('koulussa', 'fi'))
    expect(stem('foreldrene', 'nb')).toBe(stem('foreldre', 'nb'))
    expect(stem('forældrene', 'da')).toBe(stem('forældre', 'da'))
    expect(stem('parents', 'en')).toBe('parent')
  })

  it('recognises the language of nine notes in ten of the development set', () => {
    const right = workshopIdeas.filter((idea) => detectLanguage(tokenize(idea.text)) === idea.lang).length
    console.log(`language recognised for ${right} of ${workshopIdeas.length} development notes`)
    expect(right / workshopIdeas.length).toBeGreaterThanOrEqual(0.88)
  })
})
