/**
 * A light stemmer for Icelandic, which has no Snowball stemmer: it strips the suffixed definite
 * article, then one common case or number ending, and never leaves fewer than three letters.
 * "skólinn", "skólanum", "skólans", "skólum" and "skóla" all become "skól"; "lögreglunni" and
 * "lögreglu" become "lögregl". Vowel changes inside the word (barn/börn, kennari/kennurum) stay:
 * the glossary lists such forms as terms of their own.
 */

// Longest first, so that "-inum" is tried before "-in".
const ARTICLE = [
  'unnar',
  'innar',
  'irnir',
  'arnir',
  'urnar',
  'arnar',
  'ornar',
  'isins',
  'sins',
  'unum',
  'anna',
  'inni',
  'inum',
  'inna',
  'unni',
  'anum',
  'una',
  'inn',
  'ins',
  'ina',
  'inu',
  'num',
  'nar',
  'nir',
  'nna',
  'ið',
  'in',
  'an',
  'nn',
  'ns',
]
const ENDINGS = ['ustu', 'asta', 'ari', 'ara', 'um', 'ar', 'ir', 'ur', 'ra', 'na', 'a', 'i', 'u', 's']
const MIN_STEM = 3

function strip(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length)
  }
  return word
}

/** The stem of a lower-cased Icelandic word. */
export function stemIcelandic(word: string): string {
  return strip(strip(word, ARTICLE), ENDINGS)
}
