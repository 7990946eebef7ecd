/** The Capital Code as Markdown (CommonMark with GFM tables). Linear in the size of the text. */
import type { Publication } from './model.ts'
import { counted, publicationTexts } from './texts.ts'

/**
 * Escapes what Markdown would read as syntax in people's text, and makes a run of whitespace that
 * holds a line break one space. `\s+` takes each run whole, once: the earlier `/\s*\n\s*\/g` retried
 * from every space of a long run without a line break (160,000 spaces: 35 s).
 */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!~]/g, (c) => `\\${c}`).replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run))
}

export function toMarkdown(model: Publication): string {
  const t = publicationTexts(model.lang)
  const out: string[] = [
    `# ${mdEscape(model.title)}`,
    '',
    `_${mdEscape(model.subtitle)}_`,
    '',
    model.date,
    '',
    `## ${t.introduction}`,
    '',
  ]
  for (const paragraph of model.introduction) out.push(mdEscape(paragraph), '')
  for (const section of model.sections) {
    out.push(`## ${section.heading}`, '')
    for (const { heading, entries } of section.themes) {
      if (heading) out.push(`### ${mdEscape(heading)}`, '')
      for (const entry of entries) {
        out.push(`#### ${entry.ref}. ${mdEscape(entry.title)}`, '')
        for (const text of entry.texts) out.push(`- ${mdEscape(text)}`)
        const cities = entry.cities.length ? entry.cities.join(', ') : t.noCity
        out.push('', `_${t.cities}: ${mdEscape(cities)} · ${t.votes}: ${entry.votes} · ${mdEscape(entry.room)}_`, '')
      }
    }
  }
  out.push(`## ${t.nextStepsByCity}`, '')
  for (const city of model.cities) {
    out.push(`### ${mdEscape(city.name)}`, '')
    if (city.nextSteps.length === 0) {
      out.push(t.noSteps, '')
      continue
    }
    const c = t.columns
    out.push(`| ${c.step} | ${c.status} | ${c.due} | ${c.signedOff} | ${c.room} |`, '| --- | --- | --- | --- | --- |')
    for (const s of city.nextSteps) {
      const note = s.latestNote ? ` (${t.latest.toLowerCase()}: ${mdEscape(s.latestNote)})` : ''
      out.push(
        `| ${mdEscape(s.text)} | ${s.statusLabel}${note} | ${s.dueDate ?? '–'} | ${s.signedOffBy ? mdEscape(s.signedOffBy) : '–'} | ${mdEscape(s.room)} |`,
      )
    }
    out.push('')
  }
  out.push(`## ${t.rooms}`, '')
  for (const room of model.rooms) {
    const counts = `${counted(model.lang, room.entries, t.listNouns.entries)}, ${counted(model.lang, room.nextSteps, t.listNouns.steps)}`
    out.push(
      `- **${mdEscape(room.title)}**, ${room.date}, ${mdEscape(room.hostCity)} (${mdEscape(room.location)}): ${counts}`,
    )
  }
  return `${out.join('\n')}\n`
}
