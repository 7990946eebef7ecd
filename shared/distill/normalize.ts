/** Text normalisation for distillation: when are two ideas the same idea? */

/**
 * The key two texts share when they say the same thing: case, whitespace and punctuation ignored
 * ("Youth clubs!" = "youth  clubs"). Accents are kept: in Nordic languages they change the word.
 */
export function duplicateKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A one-line title from an idea's text: its first line, at most `max` characters. */
export function titleFrom(text: string, max = 120): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`
}
