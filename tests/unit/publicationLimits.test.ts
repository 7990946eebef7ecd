/**
 * The publication prints what people type and does bounded work whatever they type (issues 12 §5,
 * 12 §7, 16 §4): a Unicode font, a tagged PDF with its language, the fixed texts in six languages,
 * and renderers that stay linear on hostile text.
 */
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { toHtml } from '../../server/publication/html.ts'
import { mdEscape, toMarkdown } from '../../server/publication/markdown.ts'
import { MAX_TEXT_CHARS, publicationModel, type PublicationRoom } from '../../server/publication/model.ts'
import { pdfText, toPdf } from '../../server/publication/pdf.ts'
import { PUBLICATION_LANGUAGES, publicationLanguage, publicationTexts } from '../../server/publication/texts.ts'
import type { CodeEntry } from '../../shared/schema/codeEntry.ts'
import type { NextStep } from '../../shared/schema/nextStep.ts'

const NAMES = 'Ørjan Ħ Łódź Áŋŋá Đuro Шевченко محمد'
const rooms: PublicationRoom[] = [
  { id: 'r1', title: 'Capital Room Tromsø', date: '2026-12-03', hostCity: 'Oslo', location: 'Rådhuset' },
]

function entry(id: string, title: string, texts: string[]): CodeEntry {
  return {
    id,
    roomId: 'r1',
    type: 'solution',
    status: 'approved',
    mergedInto: null,
    title,
    texts,
    cities: ['oslo'],
    votes: { total: 3, byCity: {} },
    theme: null,
  } as unknown as CodeEntry
}
function step(id: string, text: string, note: string): NextStep {
  return {
    id,
    roomId: 'r1',
    city: 'oslo',
    text,
    status: 'planned',
    dueDate: null,
    signedOffBy: null,
    votes: { total: 0, byCity: {} },
    progressNotes: [{ text: note, at: '2026-12-03T10:00:00.000Z', by: { id: 'a', name: 'A' } }],
  } as unknown as NextStep
}
const cities = [{ id: 'oslo', name: 'Oslo', color: '#000', kind: 'city' as const }]

async function pdfTextOf(pdf: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text
}

describe('the PDF prints what people type', () => {
  it('holds every name of "Ørjan Ħ Łódź Áŋŋá Đuro Шевченко محمد" and the symbols → ✓ – in its extracted text', async () => {
    const model = publicationModel(
      rooms,
      [entry('e1', `${NAMES} → ✓ –`, [NAMES])],
      [step('s1', `Ask ${NAMES}`, `Called ${NAMES}`)],
      cities,
    )
    const text = await pdfTextOf(await toPdf(model))
    for (const name of NAMES.split(' ')) expect(text).toContain(name)
    expect(text).toContain('→ ✓ –')
  })

  it('is tagged PDF/UA with its document language', async () => {
    const model = publicationModel(rooms, [entry('e1', 'Mentors', ['Mentors in every school'])], [], cities, {
      lang: 'sv',
    })
    const raw = (await toPdf(model)).toString('latin1')
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toContain('/MarkInfo')
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('/Lang (sv)')
    expect(raw).toContain('/DisplayDocTitle true')
    expect(raw).toContain('pdfuaid:part')
  })
})

describe('the fixed texts in six languages', () => {
  it('translates the headings and labels, and leaves people’s texts as written', async () => {
    const entries = [entry('e1', 'Youth clubs at night', ['Open late in two districts'])]
    const headings = new Set<string>()
    for (const lang of PUBLICATION_LANGUAGES) {
      const t = publicationTexts(lang)
      const model = publicationModel(rooms, entries, [], cities, { lang })
      const md = toMarkdown(model)
      const html = toHtml(model)
      expect(md).toContain(`## ${t.introduction}`)
      expect(md).toContain(`## ${t.sections.solution}`)
      expect(md).toContain('Youth clubs at night')
      expect(html).toContain(`<html lang="${lang}">`)
      expect(html).toContain(`<h2>${t.nextStepsByCity}</h2>`)
      expect(model.subtitle).toBe(t.subtitle)
      headings.add(t.introduction)
      if (lang === 'fi') expect(await pdfTextOf(await toPdf(model))).toContain('Johdanto')
    }
    expect(headings.size).toBe(6)
    expect(publicationLanguage('sv-FI')).toBe('sv')
    expect(publicationLanguage('no')).toBe('nb')
    expect(publicationLanguage('xx')).toBe('en')
  })
})

describe('bounded work on hostile text', () => {
  it('Markdown: a next step of 160,000 spaces, the regex that froze the server for 35 s', () => {
    expect(mdEscape(`a${' '.repeat(160_000)}b`)).toHaveLength(160_002)
    expect(mdEscape(`a ${' \n '.repeat(50_000)} b`)).toBe('a b')
    const model = publicationModel(rooms, [], [step('s1', ' '.repeat(160_000), 'x')], cities)
    expect(toMarkdown(model)).toContain('| Status |')
  })

  it('PDF: a 300,000-character word is hard-wrapped, and renders', async () => {
    const word = 'x'.repeat(300_000)
    expect(
      pdfText(word)
        .split('\u200b')
        .every((chunk) => chunk.length <= 41),
    ).toBe(true)
    const model = publicationModel(rooms, [entry('e1', 'Long', ['short'])], [], cities)
    model.sections[0].themes[0].entries[0].texts = [word.slice(0, 20_000)] // past the model's cap, as if stored before it
    const text = await pdfTextOf(await toPdf(model))
    expect(text.replace(/[\s\u200b]/g, '')).toContain('x'.repeat(1000))
  })

  it('the 2 MiB note: every person-written text is capped in the model, for every format', () => {
    const huge = 'Ä'.repeat(2 * 1024 * 1024)
    const model = publicationModel(rooms, [entry('e1', huge, [huge])], [step('s1', huge, huge)], cities)
    const texts = [
      model.sections[0].themes[0].entries[0].texts[0],
      model.cities[0].nextSteps[0].text,
      model.cities[0].nextSteps[0].latestNote!,
    ]
    for (const text of texts) expect(text).toBe(`${'Ä'.repeat(MAX_TEXT_CHARS)}…`)
    expect(model.sections[0].themes[0].entries[0].title.length).toBeLessThan(400)
    expect(toMarkdown(model).length).toBeLessThan(20_000)
    expect(toHtml(model).length).toBeLessThan(30_000)
  })
})
