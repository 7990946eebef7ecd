/**
 * The Capital Code as a document model, compiled from the approved entries of chosen rooms and their
 * next steps. Pure: the renderers (markdown.ts, html.ts, pdf.ts) only lay this model out.
 *
 * Only `approved` entries appear (drafts and rejected or merged-away entries never do); next steps
 * appear with their status, except `dropped` ones.
 */
import type { Affiliation } from '../../shared/cities.ts'
import { ENTRY_TYPES, type CodeEntry, type EntryType } from '../../shared/schema/codeEntry.ts'
import type { NextStep, NextStepStatus } from '../../shared/schema/nextStep.ts'
import type { Room } from '../../shared/schema/room.ts'
import { counted, publicationTexts, type PublicationLanguage, type PublicationTexts } from './texts.ts'

/**
 * The most characters of one person-written text the publication prints: the cap on an idea's text
 * (issue 16 §4), enforced again here so that nothing stored earlier, or written around the board's
 * guard, makes the renderers' work unbounded. Longer texts end in "…".
 */
export const MAX_TEXT_CHARS = 2000
/** Titles, themes, names and room labels are shorter. */
export const MAX_LABEL_CHARS = 300

export function capText(text: string, max = MAX_TEXT_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

export type PublicationRoom = Pick<Room, 'id' | 'title' | 'date' | 'hostCity' | 'location'>

export interface PublicationEntry {
  id: string
  /** Reference within the publication: C1, S1, P1, G1… */
  ref: string
  title: string
  texts: string[]
  cities: string[]
  votes: number
  room: string
}

export interface PublicationSection {
  type: EntryType
  heading: string
  /** `heading` is null when the theme is just its one entry's title (no heading repeating it). */
  themes: { theme: string; heading: string | null; entries: PublicationEntry[] }[]
}

export interface PublicationStep {
  id: string
  text: string
  status: NextStepStatus
  statusLabel: string
  room: string
  dueDate: string | null
  signedOffBy: string | null
  latestNote: string | null
}

export interface Publication {
  /** The language of the fixed texts (texts.ts); people's texts are as written. */
  lang: PublicationLanguage
  title: string
  subtitle: string
  date: string
  introduction: string[]
  sections: PublicationSection[]
  cities: { id: string; name: string; nextSteps: PublicationStep[] }[]
  rooms: (PublicationRoom & { entries: number; nextSteps: number })[]
  entryCount: number
}

export interface PublicationOptions {
  title?: string
  /** Publication date (YYYY-MM-DD); default the latest room's date. */
  date?: string
  /** Language of the fixed texts; default English. */
  lang?: PublicationLanguage
}

const REF_PREFIX: Record<EntryType, string> = { challenge: 'C', solution: 'S', policy: 'P', principle: 'G' }

export function publicationModel(
  rooms: readonly PublicationRoom[],
  entries: readonly CodeEntry[],
  nextSteps: readonly NextStep[],
  cities: readonly Affiliation[],
  options: PublicationOptions = {},
): Publication {
  const lang = options.lang ?? 'en'
  const texts = publicationTexts(lang)
  const chosen = [...rooms]
    .map((r) => ({
      ...r,
      title: capText(r.title, MAX_LABEL_CHARS),
      hostCity: capText(r.hostCity, MAX_LABEL_CHARS),
      location: capText(r.location, MAX_LABEL_CHARS),
    }))
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.title, b.title))
  const roomIds = new Set(chosen.map((r) => r.id))
  const roomLabel = new Map(chosen.map((r) => [r.id, `${r.title} (${r.date})`]))
  const cityName = new Map(cities.map((c) => [c.id, c.name]))
  const approved = entries.filter((e) => e.status === 'approved' && e.mergedInto === null && roomIds.has(e.roomId))
  const steps = nextSteps.filter((s) => s.status !== 'dropped' && roomIds.has(s.roomId))

  const sections = ENTRY_TYPES.map((type) =>
    section(
      type,
      approved.filter((e) => e.type === type),
      cityName,
      roomLabel,
      texts,
    ),
  ).filter((s) => s.themes.length > 0)
  const chapter = (id: string, name: string, list: NextStep[]) => ({
    id,
    name,
    nextSteps: [...list].sort(byStep).map((s) => step(s, roomLabel, texts)),
  })
  const cityChapters = cities
    .filter((c) => c.kind === 'city' || steps.some((s) => s.city === c.id))
    .map((c) =>
      chapter(
        c.id,
        c.name,
        steps.filter((s) => s.city === c.id),
      ),
    )
  // Steps nobody owns yet (anonymous, or owned by an affiliation no longer configured) still get printed.
  const unassigned = steps.filter((s) => s.city === null || !cityName.has(s.city))
  if (unassigned.length > 0) cityChapters.push(chapter('', texts.notAssigned, unassigned))
  return {
    lang,
    title: options.title ?? 'The Capital Code',
    subtitle: texts.subtitle,
    date: options.date ?? chosen.at(-1)?.date ?? '',
    introduction: introduction(chosen, approved, steps, texts),
    sections,
    cities: cityChapters,
    rooms: chosen.map((r) => ({
      ...r,
      entries: approved.filter((e) => e.roomId === r.id).length,
      nextSteps: steps.filter((s) => s.roomId === r.id).length,
    })),
    entryCount: approved.length,
  }
}

function section(
  type: EntryType,
  entries: CodeEntry[],
  cityName: Map<string, string>,
  roomLabel: Map<string, string>,
  texts: PublicationTexts,
): PublicationSection {
  const themes = new Map<string, CodeEntry[]>()
  for (const entry of entries.map(capEntry)) {
    const theme = (entry.theme ?? '').trim() || entry.title
    themes.set(theme, [...(themes.get(theme) ?? []), entry])
  }
  const votes = (list: CodeEntry[]) => list.reduce((sum, e) => sum + e.votes.total, 0)
  // Most-voted themes first, and within a theme the most-voted entries: what the rooms weighed most leads.
  const ordered = [...themes].sort(([a, x], [b, y]) => votes(y) - votes(x) || cmp(a, b))
  let n = 0
  return {
    type,
    heading: texts.sections[type],
    themes: ordered.map(([theme, list]) => ({
      theme,
      heading: list.length === 1 && list[0].title === theme ? null : theme,
      entries: [...list]
        .sort((a, b) => b.votes.total - a.votes.total || cmp(a.title, b.title) || cmp(a.id, b.id))
        .map((e) => ({
          id: e.id,
          ref: `${REF_PREFIX[type]}${++n}`,
          title: e.title,
          texts: e.texts,
          cities: e.cities.map((c) => cityName.get(c) ?? c),
          votes: e.votes.total,
          room: roomLabel.get(e.roomId) ?? e.roomId,
        })),
    })),
  }
}

const STATUS_ORDER: NextStepStatus[] = ['in-progress', 'planned', 'done', 'dropped']
const byStep = (a: NextStep, b: NextStep) =>
  STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.votes.total - a.votes.total || cmp(a.id, b.id)

function step(s: NextStep, roomLabel: Map<string, string>, texts: PublicationTexts): PublicationStep {
  const note = s.progressNotes.at(-1)?.text
  return {
    id: s.id,
    text: capText(s.text),
    status: s.status,
    statusLabel: texts.status[s.status],
    room: roomLabel.get(s.roomId) ?? s.roomId,
    dueDate: s.dueDate,
    signedOffBy: s.signedOffBy ? capText(s.signedOffBy.name, MAX_LABEL_CHARS) : null,
    latestNote: note === undefined ? null : capText(note),
  }
}

/** The entry with every person-written text within the publication's caps. */
function capEntry(entry: CodeEntry): CodeEntry {
  return {
    ...entry,
    title: capText(entry.title, MAX_LABEL_CHARS),
    theme: entry.theme === null ? null : capText(entry.theme, MAX_LABEL_CHARS),
    texts: entry.texts.map((t) => capText(t)),
  }
}

function introduction(
  rooms: PublicationRoom[],
  entries: CodeEntry[],
  steps: NextStep[],
  texts: PublicationTexts,
): string[] {
  const nouns = texts.introNouns
  const count = (type: EntryType, noun: readonly [string, string]) =>
    counted(texts.lang, entries.filter((e) => e.type === type).length, noun)
  const roomList = rooms.map((r) => texts.roomIn(r.title, r.hostCity, r.date)).join('; ')
  const [first, second, third] = texts.intro
  return [
    first,
    second({
      rooms: counted(texts.lang, rooms.length, nouns.rooms),
      roomList: roomList || texts.none,
      challenges: count('challenge', nouns.challenges),
      solutions: count('solution', nouns.solutions),
      policies: count('policy', nouns.policies),
      principles: count('principle', nouns.principles),
      steps: counted(texts.lang, steps.length, nouns.steps),
    }),
    third,
  ]
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
