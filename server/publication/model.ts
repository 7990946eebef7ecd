/**
 * The Capital Code as a document model, compiled from the approved entries of chosen rooms and their
 * next steps. Pure: the renderers (markdown.ts, html.ts, pdf.ts) only lay this model out.
 *
 * Only `approved` entries appear (drafts and rejected or merged-away entries never do); next steps
 * appear with their status, except `dropped` ones.
 */
import type { Affiliation } from '../../shared/cities.ts'
import { ENTRY_SECTION_TITLES, ENTRY_TYPES, type CodeEntry, type EntryType } from '../../shared/schema/codeEntry.ts'
import { NEXT_STEP_STATUS_LABELS, type NextStep, type NextStepStatus } from '../../shared/schema/nextStep.ts'
import type { Room } from '../../shared/schema/room.ts'

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
}

const REF_PREFIX: Record<EntryType, string> = { challenge: 'C', solution: 'S', policy: 'P', principle: 'G' }

export function publicationModel(rooms: readonly PublicationRoom[], entries: readonly CodeEntry[], nextSteps: readonly NextStep[], cities: readonly Affiliation[], options: PublicationOptions = {}): Publication {
  const chosen = [...rooms].sort((a, b) => cmp(a.date, b.date) || cmp(a.title, b.title))
  const roomIds = new Set(chosen.map((r) => r.id))
  const roomLabel = new Map(chosen.map((r) => [r.id, `${r.title} (${r.date})`]))
  const cityName = new Map(cities.map((c) => [c.id, c.name]))
  const approved = entries.filter((e) => e.status === 'approved' && e.mergedInto === null && roomIds.has(e.roomId))
  const steps = nextSteps.filter((s) => s.status !== 'dropped' && roomIds.has(s.roomId))

  const sections = ENTRY_TYPES.map((type) => section(type, approved.filter((e) => e.type === type), cityName, roomLabel)).filter((s) => s.themes.length > 0)
  const chapter = (id: string, name: string, list: NextStep[]) => ({ id, name, nextSteps: [...list].sort(byStep).map((s) => step(s, roomLabel)) })
  const cityChapters = cities.filter((c) => c.kind === 'city' || steps.some((s) => s.city === c.id)).map((c) => chapter(c.id, c.name, steps.filter((s) => s.city === c.id)))
  // Steps nobody owns yet (anonymous, or owned by an affiliation no longer configured) still get printed.
  const unassigned = steps.filter((s) => s.city === null || !cityName.has(s.city))
  if (unassigned.length > 0) cityChapters.push(chapter('', 'Not yet assigned to a city', unassigned))
  return {
    title: options.title ?? 'The Capital Code',
    subtitle: 'Key challenges, solutions, policy recommendations and guiding principles of the Nordic Safe Cities network',
    date: options.date ?? chosen.at(-1)?.date ?? '',
    introduction: introduction(chosen, approved, steps),
    sections,
    cities: cityChapters,
    rooms: chosen.map((r) => ({ ...r, entries: approved.filter((e) => e.roomId === r.id).length, nextSteps: steps.filter((s) => s.roomId === r.id).length })),
    entryCount: approved.length,
  }
}

function section(type: EntryType, entries: CodeEntry[], cityName: Map<string, string>, roomLabel: Map<string, string>): PublicationSection {
  const themes = new Map<string, CodeEntry[]>()
  for (const entry of entries) {
    const theme = (entry.theme ?? '').trim() || entry.title
    themes.set(theme, [...(themes.get(theme) ?? []), entry])
  }
  const votes = (list: CodeEntry[]) => list.reduce((sum, e) => sum + e.votes.total, 0)
  // Most-voted themes first, and within a theme the most-voted entries: what the rooms weighed most leads.
  const ordered = [...themes].sort(([a, x], [b, y]) => votes(y) - votes(x) || cmp(a, b))
  let n = 0
  return {
    type,
    heading: ENTRY_SECTION_TITLES[type],
    themes: ordered.map(([theme, list]) => ({
      theme,
      heading: list.length === 1 && list[0].title === theme ? null : theme,
      entries: [...list]
        .sort((a, b) => b.votes.total - a.votes.total || cmp(a.title, b.title) || cmp(a.id, b.id))
        .map((e) => ({ id: e.id, ref: `${REF_PREFIX[type]}${++n}`, title: e.title, texts: e.texts, cities: e.cities.map((c) => cityName.get(c) ?? c), votes: e.votes.total, room: roomLabel.get(e.roomId) ?? e.roomId })),
    })),
  }
}

const STATUS_ORDER: NextStepStatus[] = ['in-progress', 'planned', 'done', 'dropped']
const byStep = (a: NextStep, b: NextStep) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.votes.total - a.votes.total || cmp(a.id, b.id)

function step(s: NextStep, roomLabel: Map<string, string>): PublicationStep {
  return {
    id: s.id,
    text: s.text,
    status: s.status,
    statusLabel: NEXT_STEP_STATUS_LABELS[s.status],
    room: roomLabel.get(s.roomId) ?? s.roomId,
    dueDate: s.dueDate,
    signedOffBy: s.signedOffBy?.name ?? null,
    latestNote: s.progressNotes.at(-1)?.text ?? null,
  }
}

function introduction(rooms: PublicationRoom[], entries: CodeEntry[], steps: NextStep[]): string[] {
  const count = (type: EntryType, one: string, many: string) => plural(entries.filter((e) => e.type === type).length, one, many)
  const roomList = rooms.map((r) => `${r.title} in ${r.hostCity} (${r.date})`).join('; ')
  return [
    'Twice a year the capitals of the Nordic Safe Cities network meet for a day in a Capital Room to work together on preventing extremism: city officials, police leadership, experts and the secretariat bring cases, share ideas, cluster them and vote.',
    `This edition draws on ${rooms.length === 1 ? 'one Capital Room' : `${rooms.length} Capital Rooms`}: ${roomList || 'none'}. It holds ${count('challenge', 'key challenge', 'key challenges')}, ${count('solution', 'solution', 'solutions')}, ${count('policy', 'policy recommendation', 'policy recommendations')} and ${count('principle', 'guiding principle', 'guiding principles')}, each distilled from a room's board and approved by the secretariat, and ${plural(steps.length, 'next step', 'next steps')} the cities took home, in a chapter per city.`,
    'Entries are grouped by theme, the most-voted first. Each names the cities whose people contributed to it, the dots it received and the room it comes from.',
  ]
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
