/** The Capital Code as Markdown (CommonMark with GFM tables). */
import type { Publication } from './model.ts'

/** Escapes what Markdown would read as syntax in people's text. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ')
}

export function toMarkdown(model: Publication): string {
  const out: string[] = [`# ${mdEscape(model.title)}`, '', `_${mdEscape(model.subtitle)}_`, '', model.date, '', '## Introduction', '']
  for (const paragraph of model.introduction) out.push(mdEscape(paragraph), '')
  for (const section of model.sections) {
    out.push(`## ${section.heading}`, '')
    for (const { heading, entries } of section.themes) {
      if (heading) out.push(`### ${mdEscape(heading)}`, '')
      for (const entry of entries) {
        out.push(`#### ${entry.ref}. ${mdEscape(entry.title)}`, '')
        for (const text of entry.texts) out.push(`- ${mdEscape(text)}`)
        const cities = entry.cities.length ? entry.cities.join(', ') : 'no city named'
        out.push('', `_Cities: ${mdEscape(cities)} · Votes: ${entry.votes} · ${mdEscape(entry.room)}_`, '')
      }
    }
  }
  out.push('## Next steps by city', '')
  for (const city of model.cities) {
    out.push(`### ${mdEscape(city.name)}`, '')
    if (city.nextSteps.length === 0) {
      out.push('No next steps recorded.', '')
      continue
    }
    out.push('| Next step | Status | Due | Signed off | Room |', '| --- | --- | --- | --- | --- |')
    for (const s of city.nextSteps) {
      const note = s.latestNote ? ` (latest: ${mdEscape(s.latestNote)})` : ''
      out.push(`| ${mdEscape(s.text)} | ${s.statusLabel}${note} | ${s.dueDate ?? '–'} | ${s.signedOffBy ? mdEscape(s.signedOffBy) : '–'} | ${mdEscape(s.room)} |`)
    }
    out.push('')
  }
  out.push('## Rooms', '')
  for (const room of model.rooms) {
    out.push(`- **${mdEscape(room.title)}**, ${room.date}, ${mdEscape(room.hostCity)} (${mdEscape(room.location)}): ${room.entries} entries, ${room.nextSteps} next steps`)
  }
  return `${out.join('\n')}\n`
}
