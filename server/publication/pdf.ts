/**
 * The Capital Code as a print PDF (A4), laid out with pdfkit: a title page, a contents list and the
 * introduction, each part starting on a new page, headings kept with what follows them, wrapped
 * text, and page numbers in the footer of every page but the title page. Uses PDF's standard fonts
 * (Helvetica, Times), so nothing is embedded or fetched; they cover Latin-1 (å, ä, ö, ø, æ, ð, þ).
 */
import PDFDocument from 'pdfkit'
import type { Publication, PublicationEntry, PublicationStep } from './model.ts'

type Doc = PDFKit.PDFDocument

const MARGIN = { top: 72, bottom: 72, left: 68, right: 68 }
const ACCENT = '#1f6feb'
const GREY = '#57606a'
const INK = '#1f2328'

export function toPdf(model: Publication): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: model.title, Author: 'Nordic Safe Cities', Subject: model.subtitle, CreationDate: model.date ? new Date(`${model.date}T00:00:00Z`) : new Date(0) },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  titlePage(doc, model)
  doc.addPage()
  heading(doc, 'Contents', 1)
  const parts = [...model.sections.map((s) => s.heading), 'Next steps by city', 'Rooms']
  parts.forEach((part, i) => paragraph(doc, `${i + 1}.  ${part}`, { font: 'Helvetica', size: 11, gap: 2 }))
  doc.moveDown(1.5)
  heading(doc, 'Introduction', 1)
  for (const p of model.introduction) paragraph(doc, p)
  for (const section of model.sections) {
    newPage(doc)
    heading(doc, section.heading, 1)
    for (const { heading: theme, entries } of section.themes) {
      if (theme) heading(doc, theme, 2, 90)
      for (const entry of entries) entryBlock(doc, entry)
    }
  }
  newPage(doc)
  heading(doc, 'Next steps by city', 1)
  for (const city of model.cities) {
    heading(doc, city.name, 2, 60)
    if (city.nextSteps.length === 0) paragraph(doc, 'No next steps recorded.', { color: GREY })
    for (const step of city.nextSteps) stepBlock(doc, step)
  }
  newPage(doc)
  heading(doc, 'Rooms', 1)
  for (const room of model.rooms) {
    paragraph(doc, room.title, { font: 'Helvetica-Bold', size: 11, gap: 1 })
    paragraph(doc, `${room.date} · ${room.hostCity} · ${room.location} · ${room.entries} entries, ${room.nextSteps} next steps`, { font: 'Helvetica', size: 9, color: GREY })
  }
  footers(doc, model.title)
  doc.end()
  return done
}

function titlePage(doc: Doc, model: Publication): void {
  const width = doc.page.width - MARGIN.left - MARGIN.right
  doc.rect(0, 0, doc.page.width, 14).fill(ACCENT)
  doc.fillColor(GREY).font('Helvetica').fontSize(12).text('NORDIC SAFE CITIES', MARGIN.left, 200, { width })
  doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(40).text(pdfText(model.title), { width })
  doc.moveDown(0.4).fillColor(GREY).font('Times-Italic').fontSize(15).text(pdfText(model.subtitle), { width })
  doc.moveDown(1.5).fillColor(INK).font('Helvetica').fontSize(12).text(pdfText(model.date), { width })
  doc.moveDown(3).fillColor(GREY).font('Helvetica-Bold').fontSize(10).text('DRAWN FROM', { width })
  for (const room of model.rooms) doc.font('Helvetica').fontSize(10).text(pdfText(`${room.title}, ${room.hostCity}, ${room.date}`), { width })
  doc.fillColor(INK)
}

function newPage(doc: Doc): void {
  // Only when the page has something on it: no blank pages.
  if (doc.y > doc.page.margins.top + 1) doc.addPage()
}

/** Moves to a new page unless `height` points fit above the bottom margin. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

function heading(doc: Doc, text: string, level: 1 | 2, keepWith = 0): void {
  const size = level === 1 ? 22 : 14
  const width = contentWidth(doc)
  doc.font('Helvetica-Bold').fontSize(size)
  ensureSpace(doc, doc.heightOfString(pdfText(text), { width }) + keepWith + 12)
  if (level === 2) doc.moveDown(0.6)
  doc.fillColor(level === 1 ? INK : ACCENT).text(pdfText(text), doc.page.margins.left, doc.y, { width })
  if (level === 1) {
    const y = doc.y + 4
    doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.margins.left + width, y).lineWidth(0.75).strokeColor('#d0d7de').stroke()
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
}

function paragraph(doc: Doc, text: string, { font = 'Times-Roman', size = 11.5, color = INK, indent = 0, gap = 6 }: TextStyle = {}): void {
  const left = doc.page.margins.left + indent
  doc.font(font).fontSize(size).fillColor(color).text(pdfText(text), left, doc.y, { width: contentWidth(doc) - indent, lineGap: 1.5, paragraphGap: gap })
  doc.fillColor(INK)
}

function entryBlock(doc: Doc, entry: PublicationEntry): void {
  const width = contentWidth(doc)
  doc.font('Helvetica-Bold').fontSize(12)
  const title = `${entry.ref}   ${entry.title}`
  ensureSpace(doc, doc.heightOfString(pdfText(title), { width }) + 50)
  doc.moveDown(0.4)
  paragraph(doc, title, { font: 'Helvetica-Bold', size: 12, gap: 3 })
  const cities = entry.cities.length ? entry.cities.join(', ') : 'no city named'
  const meta = `Cities: ${cities}  ·  Votes: ${entry.votes}  ·  ${entry.room}`
  entry.texts.forEach((text, i) => bullet(doc, text, 14, i === entry.texts.length - 1 ? 16 : 0))
  paragraph(doc, meta, { font: 'Helvetica', size: 8.5, color: GREY, indent: 14, gap: 8 })
}

function stepBlock(doc: Doc, step: PublicationStep): void {
  const details = [`Status: ${step.statusLabel}`, step.dueDate && `due ${step.dueDate}`, step.signedOffBy && `signed off by ${step.signedOffBy}`, step.room]
  bullet(doc, step.text, 6, step.latestNote ? 28 : 16)
  paragraph(doc, details.filter(Boolean).join('  ·  '), { font: 'Helvetica', size: 8.5, color: GREY, indent: 16, gap: step.latestNote ? 1 : 7 })
  if (step.latestNote) paragraph(doc, `Latest: ${step.latestNote}`, { font: 'Helvetica-Oblique', size: 8.5, color: GREY, indent: 16, gap: 7 })
}

/** A bulleted paragraph with a hanging indent, kept on one page with the `keepWith` points after it. */
function bullet(doc: Doc, text: string, indent: number, keepWith: number): void {
  const left = doc.page.margins.left + indent
  const width = contentWidth(doc) - indent - 10
  const options = { width, lineGap: 1.5, paragraphGap: 2 }
  doc.font('Times-Roman').fontSize(11.5)
  const height = doc.heightOfString(pdfText(text), options)
  // A paragraph taller than a page may break; anything shorter moves whole to the next page.
  if (height + keepWith < doc.page.height - doc.page.margins.top - doc.page.margins.bottom) ensureSpace(doc, height + keepWith)
  const y = doc.y
  doc.fillColor(INK).text('•', left, y, { lineBreak: false })
  doc.text(pdfText(text), left + 10, y, options)
}

/** "Title · 2 / 7" on every page but the title page, written once all pages exist. */
function footers(doc: Doc, title: string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0 // writing inside the bottom margin must not start a new page
    doc.font('Helvetica').fontSize(8.5).fillColor(GREY)
    doc.text(`${pdfText(title)}  ·  ${i + 1} / ${count}`, MARGIN.left, doc.page.height - 44, { width: contentWidth(doc), align: 'center', lineBreak: false })
    doc.page.margins.bottom = bottom
  }
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right

/** WinAnsi, the standard fonts' encoding: other characters lose their accents, or become "?". */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
export function pdfText(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      const code = c.codePointAt(0)!
      if (c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) return c
      const stripped = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      return /^[\x20-\x7e]+$/.test(stripped) ? stripped : '?'
    })
    .join('')
}
