import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { toHtml } from '../../server/publication/html.ts'
import { mdEscape, toMarkdown } from '../../server/publication/markdown.ts'
import { publicationModel, type PublicationRoom } from '../../server/publication/model.ts'
import { pdfText, toPdf } from '../../server/publication/pdf.ts'
import { distill } from '../../shared/distill/distill.ts'
import { applyEntryPatch, applyNextStepPatch } from '../../shared/distill/edits.ts'
import { mergeDistilled, type Stored } from '../../shared/distill/merge.ts'
import {
  affiliations,
  by,
  frameRecord,
  idea,
  inFrame,
  round,
  sid,
  snapshot,
  workshopSnapshot,
  ROOM,
} from '../fixtures/boards.ts'

const NOW = '2025-04-01T10:00:00.000Z'
const admin = { id: 'admin', name: 'Secretariat' }
const rooms: PublicationRoom[] = [
  { id: ROOM, title: 'Capital Room Oslo', date: '2025-03-12', hostCity: 'Oslo', location: 'Oslo City Hall' },
  {
    id: 'room-rvk-2025',
    title: 'Capital Room Reykjavík',
    date: '2025-10-02',
    hostCity: 'Reykjavík',
    location: 'Harpa',
  },
]

/** A second room with many long entries, so the PDF needs several pages per section. */
function reykjavikSnapshot() {
  const cities = ['stockholm', 'oslo', 'helsinki', 'copenhagen', 'reykjavik']
  const kinds = ['challenge', 'solution', 'policy', 'principle'] as const
  const records: object[] = []
  for (let c = 0; c < 12; c++) {
    records.push(
      frameRecord(
        `r${c}`,
        `Theme ${c + 1}: ${['Schools', 'Online hate', 'Prisons', 'Families'][c % 4]} <&> "quoted"`,
        c * 700,
        0,
        600,
        600,
      ),
    )
    for (let i = 0; i < 3; i++) {
      const text = `Idea ${c}.${i} about ${['schools', 'online hate', 'prison exits', 'families'][c % 4]}: ${'a longer explanation that has to wrap over several lines in print, with ÅÄÖ æøå ðþ and – dashes, '.repeat(2)}end.`
      records.push(inFrame(idea(`r${c}-${i}`, text, kinds[c % 4], by(cities[(c + i) % 5])), `r${c}`, 20, 40 + i * 10))
    }
  }
  records.push(
    idea(
      'rn1',
      'Host the next exchange on exit work',
      'next-step',
      { ...by('reykjavik'), ownerCity: 'reykjavik' },
      0,
      2000,
    ),
  )
  records.push(
    idea('rn2', 'Evaluate the school programme', 'next-step', { ...by('oslo'), ownerCity: 'oslo' }, 300, 2000),
  )
  return snapshot(
    'rvk-closed-auto',
    '2025-10-02T16:00:00.000Z',
    records,
    [round('rv', { r0: { oslo: 3 }, r5: { reykjavik: 2 } })],
    'room-rvk-2025',
  )
}

function stored(): Stored {
  let s: Stored = { entries: [], nextSteps: [] }
  s = mergeDistilled(s, distill(workshopSnapshot(), affiliations), NOW)
  s = mergeDistilled(s, distill(reykjavikSnapshot(), affiliations), NOW)
  const decide = (id: string) => (id.endsWith(sid('trust')) ? 'reject' : id.endsWith(sid('u3')) ? 'draft' : 'approve')
  const entries = s.entries.map((e) => {
    const action = decide(e.id)
    const themed =
      e.id.endsWith(sid('youth')) || e.id.endsWith(sid('r1'))
        ? applyEntryPatch(e, { action: 'edit', theme: 'Reaching young people' }, admin, NOW)
        : e
    return action === 'draft' ? themed : applyEntryPatch(themed, { action }, admin, NOW)
  })
  const nextSteps = s.nextSteps.map((step) =>
    step.id.endsWith(sid('y5'))
      ? applyNextStepPatch(
          applyNextStepPatch(step, { action: 'status', status: 'in-progress' }, admin, NOW),
          { action: 'note', text: 'Premises found in Kallio' },
          admin,
          NOW,
        )
      : step.id.endsWith(sid('u5'))
        ? applyNextStepPatch(step, { action: 'status', status: 'dropped' }, admin, NOW)
        : step,
  )
  return { entries, nextSteps }
}

const data = stored()
const model = publicationModel(rooms, data.entries, data.nextSteps, affiliations, { date: '2025-11-01' })
const approved = data.entries.filter((e) => e.status === 'approved')
const notPublished = data.entries.filter((e) => e.status !== 'approved')

describe('publicationModel', () => {
  it('holds every approved entry once, by section and theme, and no draft or rejected one', () => {
    const ids = model.sections.flatMap((s) => s.themes.flatMap((t) => t.entries.map((e) => e.id)))
    expect(ids.sort()).toEqual(approved.map((e) => e.id).sort())
    expect(notPublished.map((e) => e.title)).toEqual(['Parents are not reached', 'Trust'])
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Key challenges',
      'Solutions',
      'Policy recommendations',
      'Guiding principles',
    ])
    const youth = model.sections[1].themes.find((t) => t.theme === 'Reaching young people')!
    expect(youth.entries.map((e) => e.title)).toEqual(['Youth outreach', 'Theme 2: Online hate <&> "quoted"'])
  })
  it('gives each city a chapter of its next steps with their status, leaving dropped ones out, and indexes the rooms', () => {
    expect(model.cities.map((c) => [c.name, c.nextSteps.map((s) => s.statusLabel)])).toEqual([
      ['Stockholm', ['Planned']],
      ['Oslo', ['Planned']],
      ['Helsinki', ['In progress']],
      ['Copenhagen', []],
      ['Reykjavík', ['Planned']],
      ['Not yet assigned to a city', ['Planned']],
    ])
    expect(model.cities[2].nextSteps[0].latestNote).toBe('Premises found in Kallio')
    expect(model.rooms.map((r) => [r.title, r.entries])).toEqual([
      ['Capital Room Oslo', 3],
      ['Capital Room Reykjavík', 12],
    ])
    expect(publicationModel(rooms.slice(0, 1), data.entries, data.nextSteps, affiliations).entryCount).toBe(3)
  })
})

describe('Markdown and HTML', () => {
  const md = toMarkdown(model)
  const html = toHtml(model)
  it('contain every approved entry and no rejected or draft one', () => {
    for (const e of approved) {
      expect(md).toContain(`. ${mdEscape(e.title)}\n`)
      expect(html).toContain(e.title.replace('<&>', '&lt;&amp;&gt;').replaceAll('"', '&quot;'))
    }
    for (const e of notPublished) {
      expect(md).not.toContain(e.title)
      expect(html).not.toContain(e.title)
      for (const text of e.texts) expect(html).not.toContain(text)
    }
    expect(md).toContain('#### S')
    expect(md).toContain(
      '| Pilot late-night youth clubs in two districts | In progress (latest: Premises found in Kallio) |',
    )
  })
  it('HTML is one self-contained, escaped page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|https?:/i)
    expect(html).not.toContain('<&>')
    expect(md).toContain('\\<&\\>')
  })
})

describe('PDF', () => {
  const out = path.join(process.cwd(), 'test-output', 'publication')

  it('parses, has the title page and every approved entry, and renders to pages that are not blank', async () => {
    const pdf = await toPdf(model)
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'capital-code.pdf'), pdf)
    writeFileSync(path.join(out, 'capital-code.md'), toMarkdown(model))
    writeFileSync(path.join(out, 'capital-code.html'), toHtml(model))

    const doc = await getDocumentProxy(new Uint8Array(pdf))
    const { totalPages, text } = await extractText(doc, { mergePages: false })
    expect(totalPages).toBeGreaterThan(4)
    expect(text[0]).toContain('The Capital Code')
    expect(text[0]).toContain('NORDIC SAFE CITIES')
    expect(text[0]).not.toMatch(/\d+ \/ \d+/)
    const all = text.join('\n')
    const refs = all.match(/^[CSPG]\d+ \S/gm) ?? []
    expect(refs).toHaveLength(approved.length)
    for (const e of approved) expect(all.replace(/\s+/g, ' ')).toContain(pdfText(e.title))
    for (const e of notPublished) expect(all).not.toContain(e.title)
    for (let page = 2; page <= totalPages; page++) {
      expect(text[page - 1]).toContain(`${page} / ${totalPages}`)
      // No page holds a stray line (say, an entry's meta line cut off from its entry) besides the footer.
      expect(text[page - 1].split('\n').length, `page ${page}`).toBeGreaterThan(3)
    }

    execFileSync('pdftoppm', ['-png', '-r', '50', path.join(out, 'capital-code.pdf'), path.join(out, 'page')])
    const pngs = readdirSync(out).filter((f) => f.endsWith('.png'))
    expect(pngs).toHaveLength(totalPages)
    // A blank A4 page at 50 dpi compresses to well under 2 kB; a page with text is several times that.
    for (const png of pngs) expect(statSync(path.join(out, png)).size, png).toBeGreaterThan(4000)
    for (const png of pngs) expect(readFileSync(path.join(out, png)).subarray(1, 4).toString()).toBe('PNG')
  })
})
