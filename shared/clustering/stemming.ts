/**
 * Stems per language: the Snowball stemmers of @orama/stemmers (a maintained, dependency-free
 * TypeScript port of the Snowball algorithms) for English, Swedish, Norwegian, Danish and Finnish,
 * and our light stemmer for Icelandic, which Snowball lacks.
 */
import { stemmer as danish } from '@orama/stemmers/danish'
import { stemmer as english } from '@orama/stemmers/english'
import { stemmer as finnish } from '@orama/stemmers/finnish'
import { stemmer as norwegian } from '@orama/stemmers/norwegian'
import { stemmer as swedish } from '@orama/stemmers/swedish'
import type { Language } from './glossary.ts'
import { stemIcelandic } from './icelandicStemmer.ts'

const STEMMERS: Record<Language, (word: string) => string> = {
  en: english,
  sv: swedish,
  nb: norwegian,
  da: danish,
  fi: finnish,
  is: stemIcelandic,
}

/** The stem of a lower-cased word in the given language. */
export function stem(word: string, language: Language): string {
  return STEMMERS[language](word)
}
