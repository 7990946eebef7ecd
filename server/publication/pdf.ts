/**
 * The Capital Code as a print PDF (A4), laid out with pdfkit: a title page, a contents list and the
 * introduction, each part starting on a new page, headings kept with what follows them, wrapped
 * text, and page numbers in the footer of every page but the title page.
 *
 * - Unicode: DejaVu Sans (the `dejavu-fonts-ttf` package; pdfkit embeds the glyphs used) prints
 *   Nordic and Sámi letters, Polish, Cyrillic, Arabic and typographic symbols (→ ✓ –). PDF's standard
 *   fonts cover Latin-1 only. Its oblique lacks Arabic, so people's text is never set in it.
 * - Accessible: tagged PDF/UA (pdfkit's `subset: 'PDF/UA'`), with the document language, a structure
 *   tree (headings, paragraphs, list items) and the rules and page numbers marked as artifacts.
 * - Bounded work: a long word is hard-wrapped (zero-width spaces every WRAP_CHARS characters), because
 *   pdfkit measures an unbreakable word character by character (a 300,000-character word took minutes).
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import PDFDocument from 'pdfkit'
import type { Publication, PublicationEntry, PublicationStep } from './model.ts'
import { counted, publicationTexts, type PublicationTexts } from './texts.ts'

type Doc = PDFKit.PDFDocument
type Struct = PDFKit.PDFStructureElement

const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
const FONTS = { body: 'DejaVuSans', bold: 'DejaVuSans-Bold', oblique: 'DejaVuSans-Oblique' } as const

const MARGIN = { top: 72, bottom: 72, left: 68, right: 68 }
const ACCENT = '#1f6feb'
const GREY = '#57606a'
const INK = '#1f2328'
/** C0 and C1 control characters but the line feed: they print as nothing, or as a missing glyph. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g
/** Paragraphs longer than this may break across pages anyway; they are not measured before drawing. */
const LONG_PARAGRAPH_CHARS = 600
/** The longest run of characters without a break opportunity handed to pdfkit. */
const WRAP_CHARS = 40

/** What one text call draws, and as what it stands in the structure tree. */
interface Layout {
  doc: Doc
  root: Struct
}

export function toPdf(model: Publication): Promise<Buffer> {
  const t = publicationTexts(model.lang)
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    // pdfkit supports it; @types/pdfkit lists only the PDF/A subsets.
    ...({ subset: 'PDF/UA' } as object),
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    info: {
      Title: model.title,
      Author: 'Nordic Safe Cities',
      Subject: model.subtitle,
      CreationDate: model.date ? new Date(`${model.date}T00:00:00Z`) : new Date(0),
    },
  })
  for (const file of Object.values(FONTS)) doc.registerFont(file, path.join(FONT_DIR, `${file}.ttf`))
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const root = doc.struct('Document')
  doc.addStructure(root)
  const l: Layout = { doc, root }

  titlePage(l, model, t)
  doc.addPage()
  heading(l, t.contents, 1)
  const parts = [...model.sections.map((s) => s.heading), t.nextStepsByCity, t.rooms]
  for (const [i, part] of parts.entries()) paragraph(l, `${i + 1}.  ${part}`, { font: FONTS.body, size: 11, gap: 2 })
  doc.moveDown(1.5)
  heading(l, t.introduction, 1)
  for (const p of model.introduction) paragraph(l, p)
  for (const section of model.sections) {
    newPage(doc)
    heading(l, section.heading, 1)
    for (const { heading: theme, entries } of section.themes) {
      if (theme) heading(l, theme, 2, 90)
      for (const entry of entries) entryBlock(l, entry, t)
    }
  }
  newPage(doc)
  heading(l, t.nextStepsByCity, 1)
  for (const city of model.cities) {
    heading(l, city.name, 2, 60)
    if (city.nextSteps.length === 0) paragraph(l, t.noSteps, { color: GREY })
    for (const step of city.nextSteps) stepBlock(l, step, t)
  }
  newPage(doc)
  heading(l, t.rooms, 1)
  for (const room of model.rooms) {
    paragraph(l, room.title, { font: FONTS.bold, size: 11, gap: 1 })
    const counts = `${counted(model.lang, room.entries, t.listNouns.entries)}, ${counted(model.lang, room.nextSteps, t.listNouns.steps)}`
    paragraph(l, `${room.date} · ${room.hostCity} · ${room.location} · ${counts}`, { size: 9, color: GREY })
  }
  footers(doc, model.title)
  root.end()
  doc.end()
  return done
}

function titlePage(l: Layout, model: Publication, t: PublicationTexts): void {
  const { doc } = l
  const width = doc.page.width - MARGIN.left - MARGIN.right
  artifact(doc, () => doc.rect(0, 0, doc.page.width, 14).fill(ACCENT))
  const line = (
    text: string,
    font: string,
    size: number,
    color: string,
    type: string,
    options: PDFKit.Mixins.TextOptions = {},
  ) =>
    doc
      .fillColor(color)
      .font(font)
      .fontSize(size)
      .text(pdfText(text), { width, structParent: l.root, structType: type, ...options })
  doc.x = MARGIN.left
  doc.y = 200
  line(t.network, FONTS.body, 12, GREY, 'P')
  doc.moveDown(0.8)
  line(model.title, FONTS.bold, 40, INK, 'H1')
  doc.moveDown(0.4)
  line(model.subtitle, FONTS.oblique, 15, GREY, 'P')
  doc.moveDown(1.5)
  line(model.date, FONTS.body, 12, INK, 'P')
  doc.moveDown(3)
  line(t.drawnFrom, FONTS.bold, 10, GREY, 'P')
  for (const room of model.rooms) line(`${room.title}, ${room.hostCity}, ${room.date}`, FONTS.body, 10, GREY, 'P')
  doc.fillColor(INK)
}

/** Draws what only decorates (rules, bands, page numbers) outside the structure tree. */
function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' })
  draw()
  doc.endMarkedContent()
}

function newPage(doc: Doc): void {
  // Only when the page has something on it: no blank pages.
  if (doc.y > doc.page.margins.top + 1) doc.addPage()
}

/** Moves to a new page unless `height` points fit above the bottom margin. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

function heading(l: Layout, text: string, level: 1 | 2, keepWith = 0): void {
  const { doc } = l
  const size = level === 1 ? 22 : 14
  const width = contentWidth(doc)
  doc.font(FONTS.bold).fontSize(size)
  ensureSpace(doc, doc.heightOfString(pdfText(text), { width }) + keepWith + 12)
  if (level === 2) doc.moveDown(0.6)
  doc.fillColor(level === 1 ? INK : ACCENT).text(pdfText(text), doc.page.margins.left, doc.y, {
    width,
    structParent: l.root,
    structType: level === 1 ? 'H1' : 'H2',
  })
  if (level === 1) {
    const y = doc.y + 4
    artifact(doc, () =>
      doc
        .moveTo(doc.page.margins.left, y)
        .lineTo(doc.page.margins.left + width, y)
        .lineWidth(0.75)
        .strokeColor('#d0d7de')
        .stroke(),
    )
    doc.moveDown(0.9)
  } else doc.moveDown(0.3)
  doc.fillColor(INK)
}

interface TextStyle {
  font?: string
  size?: number
  color?: string
  indent?: number
  gap?: number
  type?: string
}

function paragraph(
  l: Layout,
  text: string,
  { font = FONTS.body, size = 10.5, color = INK, indent = 0, gap = 6, type = 'P' }: TextStyle = {},
): void {
  const { doc } = l
  const left = doc.page.margins.left + indent
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(pdfText(text), left, doc.y, {
      width: contentWidth(doc) - indent,
      lineGap: 1.5,
      paragraphGap: gap,
      structParent: l.root,
      structType: type,
    })
  doc.fillColor(INK)
}

function entryBlock(l: Layout, entry: PublicationEntry, t: PublicationTexts): void {
  const { doc } = l
  const width = contentWidth(doc)
  doc.font(FONTS.bold).fontSize(12)
  const title = `${entry.ref}   ${entry.title}`
  ensureSpace(doc, doc.heightOfString(pdfText(title), { width }) + 50)
  doc.moveDown(0.4)
  paragraph(l, title, { font: FONTS.bold, size: 12, gap: 3, type: 'H3' })
  const cities = entry.cities.length ? entry.cities.join(', ') : t.noCity
  const meta = `${t.cities}: ${cities}  ·  ${t.votes}: ${entry.votes}  ·  ${entry.room}`
  for (const [i, text] of entry.texts.entries()) bullet(l, text, 14, i === entry.texts.length - 1 ? 16 : 0)
  paragraph(l, meta, { size: 8.5, color: GREY, indent: 14, gap: 8 })
}

function stepBlock(l: Layout, step: PublicationStep, t: PublicationTexts): void {
  const details = [
    `${t.columns.status}: ${step.statusLabel}`,
    step.dueDate && t.dueOn(step.dueDate),
    step.signedOffBy && t.signedOffBy(step.signedOffBy),
    step.room,
  ]
  bullet(l, step.text, 6, step.latestNote ? 28 : 16)
  paragraph(l, details.filter(Boolean).join('  ·  '), {
    size: 8.5,
    color: GREY,
    indent: 16,
    gap: step.latestNote ? 1 : 7,
  })
  if (step.latestNote) paragraph(l, `${t.latest}: ${step.latestNote}`, { size: 8.5, color: GREY, indent: 16, gap: 7 })
}

/** A bulleted paragraph with a hanging indent, kept on one page with the `keepWith` points after it. */
function bullet(l: Layout, text: string, indent: number, keepWith: number): void {
  const { doc } = l
  const left = doc.page.margins.left + indent
  const width = contentWidth(doc) - indent - 10
  const options = { width, lineGap: 1.5, paragraphGap: 2 }
  doc.font(FONTS.body).fontSize(10.5)
  // A paragraph taller than a page may break; anything shorter moves whole to the next page. A long
  // one is not measured first (that would lay it out twice): it starts where three lines fit.
  const height =
    text.length > LONG_PARAGRAPH_CHARS ? doc.currentLineHeight(true) * 3 : doc.heightOfString(pdfText(text), options)
  if (height + keepWith < doc.page.height - doc.page.margins.top - doc.page.margins.bottom)
    ensureSpace(doc, height + keepWith)
  const y = doc.y
  artifact(doc, () => doc.fillColor(INK).text('•', left, y, { lineBreak: false }))
  doc.text(pdfText(text), left + 10, y, { ...options, structParent: l.root, structType: 'LI' })
}

/** "Title · 2 / 7" on every page but the title page, written once all pages exist. */
function footers(doc: Doc, title: string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0 // writing inside the bottom margin must not start a new page
    doc.font(FONTS.body).fontSize(8.5).fillColor(GREY)
    doc.markContent('Artifact', { type: 'Pagination' })
    doc.text(`${pdfText(title)}  ·  ${i + 1} / ${count}`, MARGIN.left, doc.page.height - 44, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    })
    doc.endMarkedContent()
    doc.page.margins.bottom = bottom
  }
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right

/**
 * People's text as pdfkit gets it: NFC, without control characters, and with a zero-width space (a
 * break opportunity that prints nothing) after every WRAP_CHARS characters of a longer word. Linear:
 * each run of non-space characters is matched once.
 */
export function pdfText(text: string): string {
  return text
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, '')
    .replace(new RegExp(`\\S{${WRAP_CHARS + 1},}`, 'g'), (word) => {
      const chunks: string[] = []
      for (let i = 0; i < word.length; ) {
        let end = Math.min(word.length, i + WRAP_CHARS)
        if (/[\ud800-\udbff]/.test(word[end - 1])) end += 1 // never between the halves of a surrogate pair
        chunks.push(word.slice(i, end))
        i = end
      }
      return chunks.join('\u200b')
    })
}
