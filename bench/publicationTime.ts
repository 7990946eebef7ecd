/**
 * Rendering the publication of a room whose 200 notes are each at the 2,000-character cap, through
 * the REST API of the real server (in this process, embedded storage in a temporary folder), while
 * /api/time is asked every 20 ms: how long each format takes, and how long /api/time answers take
 * meanwhile (the render runs in a worker thread, so they stay short). "First" includes starting the
 * worker thread; the others are renders of a changed publication (another language: no cache hit).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startServer } from '../server/start.ts'
import { documentName } from '../shared/protocol.ts'
import { newParticipant } from '../tests/helpers/participant.ts'
import { frameRecord, noteRecord } from '../tests/helpers/records.ts'

export interface PublicationFigures {
  notes: number
  chars: number
  /** ms per render: the first PDF (worker start included), then a PDF, Markdown and HTML of a changed publication. */
  firstPdf: number
  /** CPU time this process (server, worker thread, bench) spent during the PDF render, in ms: wall time on a loaded machine overstates the work. */
  pdfCpu: number
  pdf: number
  md: number
  html: number
  /** /api/time answers during the renders: count, p99 and max in ms. */
  time: { answers: number; p99: number; max: number }
}

const NOTES = 200
const CHARS = 2000
const WORDS = 'prevention school youth parents police trust network exit mentoring online Łódź Шевченко'.split(' ')

export async function measurePublication(): Promise<PublicationFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-publication-'))
  const server = await startServer(
    readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOINS_PER_MINUTE: '100000' }),
  )
  try {
    const call = async (method: string, pathname: string, body: unknown, token: string) => {
      const response = await fetch(`${server.url}${pathname}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const { room, invites } = await call(
      'POST',
      '/api/rooms',
      { title: 'Bench room', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo' },
      server.adminToken,
    )
    const { token } = await call(
      'POST',
      '/api/join',
      { invite: invites.facilitator, name: 'Bench facilitator', city: 'oslo' },
      '',
    )
    const board = await newParticipant(`ws://127.0.0.1:${server.port}/collab`, documentName(room.id, 'board'), token)
    const clusters = 20
    for (let c = 0; c < clusters; c++) {
      board.doc.transact(() => {
        board.records.set(
          `shape:cluster${c}`,
          frameRecord(`cluster${c}`, `Theme ${c}`, (c % 5) * 2400, Math.floor(c / 5) * 2400, 2300, 2300),
        )
        for (let i = 0; i < NOTES / clusters; i++) {
          const text = Array.from({ length: CHARS }, (_, k) => WORDS[(k + i + c) % WORDS.length])
            .join(' ')
            .slice(0, CHARS)
          const note = noteRecord(`n${c}-${i}`, text, (i % 5) * 420, Math.floor(i / 5) * 420, { kind: 'solution' })
          board.records.set(note.id, { ...note, parentId: `shape:cluster${c}` })
        }
      })
      await board.acknowledged()
    }
    board.destroy()
    const summary = await call('POST', `/api/rooms/${room.id}/snapshots`, { name: 'Bench' }, token)
    const { entries } = await call('POST', `/api/snapshots/${summary.id}/distill`, {}, token)
    for (const entry of entries)
      await call('PATCH', `/api/entries/${entry.id}`, { action: 'approve' }, server.adminToken)

    const latencies: number[] = []
    let polling = true
    const poller = (async () => {
      while (polling) {
        const t0 = performance.now()
        await fetch(`${server.url}/api/time`)
        latencies.push(performance.now() - t0)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()
    const render = async (format: string, lang: string) => {
      const t0 = performance.now()
      const response = await fetch(`${server.url}/api/publication?rooms=${room.id}&format=${format}&lang=${lang}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`publication ${format}: ${response.status}`)
      return performance.now() - t0
    }
    const firstPdf = await render('pdf', 'en')
    const cpu0 = process.cpuUsage()
    const pdf = await render('pdf', 'sv')
    const cpu = process.cpuUsage(cpu0)
    const md = await render('md', 'nb')
    const html = await render('html', 'da')
    polling = false
    await poller
    latencies.sort((a, b) => a - b)
    return {
      notes: NOTES,
      chars: CHARS,
      firstPdf,
      pdfCpu: (cpu.user + cpu.system) / 1000,
      pdf,
      md,
      html,
      time: {
        answers: latencies.length,
        p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0,
        max: latencies.at(-1) ?? 0,
      },
    }
  } finally {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
