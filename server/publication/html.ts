/**
 * The Capital Code as one self-contained HTML page: inline styles, no scripts, no fonts, images or
 * links to anything else, every piece of people's text escaped. Prints on A4 as well.
 */
import type { Publication, PublicationEntry, PublicationStep } from './model.ts'
import { counted, publicationTexts, type PublicationTexts } from './texts.ts'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

const e = escapeHtml

const STYLE = `
body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1.25rem;color:#1f2328;line-height:1.5}
header{border-bottom:3px solid #1f6feb;margin-bottom:2rem;padding-bottom:1rem}
h1{font-size:2.4rem;margin:0}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}h3{color:#1f6feb}
h1,h2,h3,h4,.meta,table,nav{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
.subtitle{font-style:italic;color:#57606a}.meta{color:#57606a;font-size:.85rem}
article{margin-bottom:1.5rem}h4{margin-bottom:.25rem}.ref{color:#57606a;margin-right:.4rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
.status{white-space:nowrap;font-weight:600}.status-done{color:#1a7f37}.status-in-progress{color:#bf8700}
@media print{body{margin:0;max-width:none}h2{break-before:page}article,tr{break-inside:avoid}}
`

export function toHtml(model: Publication): string {
  const t = publicationTexts(model.lang)
  const sections = model.sections
    .map(
      (s) =>
        `<section id="${s.type}"><h2>${e(s.heading)}</h2>${s.themes.map((th) => `${th.heading ? `<h3>${e(th.heading)}</h3>` : ''}${th.entries.map((x) => entry(x, t)).join('')}`).join('')}</section>`,
    )
    .join('\n')
  const cities = model.cities
    .map(
      (c) =>
        `<h3>${e(c.name)}</h3>${c.nextSteps.length ? stepsTable(c.nextSteps, t) : `<p class="meta">${e(t.noSteps)}</p>`}`,
    )
    .join('\n')
  const rooms = model.rooms
    .map(
      (r) =>
        `<li><strong>${e(r.title)}</strong>, ${e(r.date)}, ${e(r.hostCity)} (${e(r.location)}): ${e(counted(model.lang, r.entries, t.listNouns.entries))}, ${e(counted(model.lang, r.nextSteps, t.listNouns.steps))}</li>`,
    )
    .join('')
  const contents = [
    ...model.sections.map((s) => [s.type, s.heading]),
    ['cities', t.nextStepsByCity],
    ['rooms', t.rooms],
  ]
    .map(([id, heading]) => `<li><a href="#${id}">${e(heading)}</a></li>`)
    .join('')
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${e(model.title)}</h1><p class="subtitle">${e(model.subtitle)}</p><p class="meta">${e(model.date)} · Nordic Safe Cities</p></header>
<nav><ol>${contents}</ol></nav>
<section id="introduction"><h2>${e(t.introduction)}</h2>${model.introduction.map((p) => `<p>${e(p)}</p>`).join('')}</section>
${sections}
<section id="cities"><h2>${e(t.nextStepsByCity)}</h2>${cities}</section>
<section id="rooms"><h2>${e(t.rooms)}</h2><ul>${rooms}</ul></section>
</body>
</html>
`
}

function entry(x: PublicationEntry, t: PublicationTexts): string {
  const cities = x.cities.length ? x.cities.join(', ') : t.noCity
  return `<article id="${e(x.ref)}"><h4><span class="ref">${e(x.ref)}</span>${e(x.title)}</h4><ul>${x.texts.map((text) => `<li>${e(text)}</li>`).join('')}</ul><p class="meta">${e(t.cities)}: ${e(cities)} · ${e(t.votes)}: ${x.votes} · ${e(x.room)}</p></article>`
}

function stepsTable(steps: PublicationStep[], t: PublicationTexts): string {
  const rows = steps
    .map(
      (s) =>
        `<tr><td>${e(s.text)}${s.latestNote ? `<div class="meta">${e(t.latest)}: ${e(s.latestNote)}</div>` : ''}</td><td class="status status-${s.status}">${e(s.statusLabel)}</td><td>${e(s.dueDate ?? '–')}</td><td>${e(s.signedOffBy ?? '–')}</td><td class="meta">${e(s.room)}</td></tr>`,
    )
    .join('')
  const c = t.columns
  return `<table><thead><tr><th>${e(c.step)}</th><th>${e(c.status)}</th><th>${e(c.due)}</th><th>${e(c.signedOff)}</th><th>${e(c.room)}</th></tr></thead><tbody>${rows}</tbody></table>`
}
