/**
 * What a suggested group is about, in words a secretariat can keep: an explanation (the concepts or
 * words its notes share, "schools · parents") and a title, a readable phrase in the room's language
 * ("Skolan och föräldrar") or, when no concept carries the group, its most central note, shortened.
 * Never a string of keywords: titles go into the Capital Code.
 */
import type { Concept, Language } from './glossary.ts'
import type { AnalysedIdea, SparseVector } from './features.ts'

const AND: Record<Language, string> = { en: 'and', sv: 'och', nb: 'og', da: 'og', fi: 'ja', is: 'og' }
const MAX_EXPLANATION_ITEMS = 3
const MAX_TITLE_LENGTH = 60
/** A concept names the group when at least this share of its notes name it… */
const TITLE_COVERAGE = 0.5
/** …and a second concept joins the title at this share, if it is this many times commoner in the group than outside it. */
const SECOND_COVERAGE = 0.4
const MIN_SECOND_LIFT = 2.5

export interface GroupWords {
  explanation: string
  title: string
}

interface Ranked<T> {
  key: T
  count: number
}

/**
 * Items used by at least two of the group's notes: most used first; on a tie, specific before broad
 * (a title "Mentors" says more than "Young people"), then rarest on the board.
 */
function shared<T>(
  lists: readonly Iterable<T>[],
  boardCount: (key: T) => number,
  order: (x: T, y: T) => number,
  isBroad: (key: T) => boolean = () => false,
): Ranked<T>[] {
  const counts = new Map<T, number>()
  for (const list of lists) for (const key of new Set(list)) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([key, count]) => ({ key, count }))
    .sort(
      (x, y) =>
        y.count - x.count ||
        Number(isBroad(x.key)) - Number(isBroad(y.key)) ||
        boardCount(x.key) - boardCount(y.key) ||
        order(x.key, y.key),
    )
}

/** "SSP cooperation" and "cooperation" would make "SSP cooperation and cooperation". */
function sharesAWord(one: string, two: string): boolean {
  const words = new Set(one.toLocaleLowerCase().split(/[\s-]+/))
  return two
    .toLocaleLowerCase()
    .split(/[\s-]+/)
    .some((word) => word.length > 3 && words.has(word))
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** A note's text on one line, cut at a word boundary to fit a title. */
export function shortened(text: string, max = MAX_TITLE_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line.replace(/[.;:,!\s]+$/u, '')
  const cut = line.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[.;:,!\-–\s]+$/u, '')}…`
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

/** The member whose vector is nearest the group's centroid (ties: the lowest index). */
function centralMember(group: readonly number[], vectors: readonly SparseVector[]): number {
  const centroid = new Map<number, number>()
  for (const i of group) {
    const v = vectors[i]
    for (let k = 0; k < v.ids.length; k++) centroid.set(v.ids[k], (centroid.get(v.ids[k]) ?? 0) + v.weights[k])
  }
  let best = group[0]
  let bestScore = -Infinity
  for (const i of group) {
    const v = vectors[i]
    let score = 0
    for (let k = 0; k < v.ids.length; k++) score += v.weights[k] * centroid.get(v.ids[k])!
    if (score > bestScore) {
      bestScore = score
      best = i
    }
  }
  return best
}

/**
 * Explanations and titles for every group, in `language`; titles are distinct. `groups` hold indices
 * into `ideas`, `texts` and `vectors`.
 */
export function describeGroups(
  groups: readonly number[][],
  ideas: readonly AnalysedIdea[],
  texts: readonly string[],
  vectors: readonly SparseVector[],
  concepts: readonly Concept[],
  language: Language,
): GroupWords[] {
  const conceptBoardCount = new Map<number, number>()
  const stemBoardCount = new Map<string, number>()
  for (const idea of ideas) {
    for (const c of idea.concepts) conceptBoardCount.set(c, (conceptBoardCount.get(c) ?? 0) + 1)
    for (const s of idea.stems.keys()) stemBoardCount.set(s, (stemBoardCount.get(s) ?? 0) + 1)
  }
  const used = new Set<string>()
  return groups.map((group) => {
    const members = group.map((i) => ideas[i])
    const sharedConcepts = shared(
      members.map((m) => m.concepts),
      (c) => conceptBoardCount.get(c)!,
      (x, y) => x - y,
      (c) => concepts[c].broad === true,
    )
    const sharedStems = shared(
      members.map((m) => m.stems.keys()),
      (s) => stemBoardCount.get(s)!,
      (x, y) => (x < y ? -1 : x > y ? 1 : 0),
    )
    const conceptName = (c: number) => concepts[c].names[language]
    const stemWord = (s: string) => {
      const surface = members.find((m) => m.stems.has(s))!.stems.get(s)!
      return isAcronym(surface) ? surface : surface.toLowerCase()
    }
    const items =
      sharedConcepts.length > 0
        ? sharedConcepts.slice(0, MAX_EXPLANATION_ITEMS).map((r) => conceptName(r.key))
        : sharedStems.slice(0, MAX_EXPLANATION_ITEMS).map((r) => stemWord(r.key))
    const explanation = items.join(' · ')

    const candidates: string[] = []
    const [first, second] = sharedConcepts
    if (first && first.count >= TITLE_COVERAGE * group.length) {
      const and = ` ${AND[language]} `
      const one = conceptName(first.key)
      // A concept common all over the board ("radicalisation") says little about this group.
      const outside = second
        ? (conceptBoardCount.get(second.key)! - second.count) / Math.max(1, ideas.length - group.length)
        : 0
      if (
        second &&
        second.count >= SECOND_COVERAGE * group.length &&
        outside * MIN_SECOND_LIFT <= second.count / group.length
      ) {
        const two = conceptName(second.key)
        // "Schools and parents"; "Schools, parents and families"; never "X and Y and Z".
        if (!one.includes(and) && !sharesAWord(one, two)) {
          candidates.push(capitalise(two.includes(and) ? `${one}, ${two}` : `${one}${and}${two}`))
        }
      }
      candidates.push(capitalise(one))
    }
    candidates.push(shortened(texts[centralMember(group, vectors)]))
    let title =
      candidates.find((candidate) => candidate !== '' && !used.has(candidate)) ?? candidates[candidates.length - 1]
    if (title === '') title = explanation || `${group.length} ideas`
    const base = title
    for (let k = 2; used.has(title); k++) title = `${base} (${k})`
    used.add(title)
    return { explanation, title }
  })
}
