import { describe, expect, it } from 'vitest'
import { LANGUAGES } from './languages.ts'
import { messages } from './locales/index.ts'

/** Every leaf of a messages object as [dotted key, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
}

const english = new Map(leaves(messages.en))

describe('translations', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every key of ours is present and not empty, and no other key`, () => {
      const own = new Map(leaves(messages[language]))
      const missing = [...english.keys()].filter((key) => !own.has(key))
      const extra = [...own.keys()].filter((key) => !english.has(key))
      const empty = [...own].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key)
      expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] })
    })

    it(`${language}: each plural has every category the language's plural rules use, and keeps its placeholders`, () => {
      const own = new Map(leaves(messages[language]))
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      const plurals = new Set(
        [...english.keys()].filter((key) => /_(one|other)$/.test(key)).map((key) => key.replace(/_(one|other)$/, '')),
      )
      for (const base of plurals)
        for (const category of categories) expect(own.has(`${base}_${category}`), `${base}_${category}`).toBe(true)
      for (const [key, value] of english) {
        const placeholders = (text: unknown) =>
          [...new Set([...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort()
        expect(placeholders(own.get(key)), key).toEqual(placeholders(value))
      }
    })
  }
})
