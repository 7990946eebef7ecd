/**
 * Bytes a participant's browser transfers for the first load of a room (issue 12 §7: venue Wi-Fi with
 * 40 people joining at 09:00): Debian's Chromium opens the board page (or the list page) with an empty
 * cache, signed in, and every response's transferred size (compressed body + headers) is added up
 * until the canvas (or the list's "New idea" field) shows and the network is idle.
 * Run alone: `node --experimental-strip-types bench/firstLoad.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startServer } from '../server/start.ts'
import { launchBrowser } from '../tests/helpers/browser.ts'

export interface FirstLoadFigures {
  /** Bytes on the wire: compressed bodies plus response headers. */
  transferred: number
  /** The same bodies uncompressed. */
  uncompressed: number
  requests: number
  /** From navigation to the canvas on screen (board) or the "New idea" field (list). */
  ms: number
}

export type FirstLoadView = 'board' | 'list'

export async function measureFirstLoad(view: FirstLoadView = 'board'): Promise<FirstLoadFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-first-load-'))
  const server = await startServer(readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }))
  const browser = await launchBrowser()
  try {
    const post = async (pathname: string, body: unknown, token?: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (token) headers.authorization = `Bearer ${token}`
      const response = await fetch(`${server.url}${pathname}`, { method: 'POST', headers, body: JSON.stringify(body) })
      if (!response.ok) throw new Error(`POST ${pathname}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const { room, invites } = await post(
      '/api/rooms',
      { title: 'Bench room', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo' },
      server.adminToken,
    )
    const { token } = await post('/api/join', { invite: invites.facilitator, name: 'Bench', city: 'oslo' })

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    // Signed in as the client keeps a session (client/api/tokens.ts), so the page goes straight to the board.
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      `capital-room:session:${room.id}`,
      token,
    ] as const)
    const page = await context.newPage()
    const responses: Promise<{ url: string; transferred: number; uncompressed: number }>[] = []
    page.on('requestfinished', (request) => {
      responses.push(
        (async () => {
          const sizes = await request.sizes()
          const response = await request.response()
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0)
          return {
            url: request.url(),
            transferred: sizes.responseBodySize + sizes.responseHeadersSize,
            uncompressed: body.length,
          }
        })(),
      )
    })
    const started = performance.now()
    if (view === 'board') {
      await page.goto(`${server.url}/rooms/${room.id}`)
      // The canvas proper: tldraw shows an empty .tl-canvas with its loading screen while fonts load.
      await page.locator('.tl-canvas .tl-html-layer').waitFor({ timeout: 120_000 })
    } else {
      await page.goto(`${server.url}/rooms/${room.id}/list`)
      // The list's first screen: its "New idea" field takes typing from here on (client/list/IdeaForm.tsx).
      await page.locator('#new-idea').waitFor({ timeout: 120_000 })
    }
    const ms = performance.now() - started
    // Fonts, icons and translations asked for once the page is up count as first load too.
    await page.evaluate(() => document.fonts.ready.then(() => true))
    await page.waitForLoadState('networkidle')
    const all = await Promise.all(responses)
    await context.close()
    if (process.env.BENCH_VERBOSE) for (const r of all) console.log(r.transferred, r.uncompressed, r.url)
    return {
      transferred: all.reduce((sum, r) => sum + r.transferred, 0),
      uncompressed: all.reduce((sum, r) => sum + r.uncompressed, 0),
      requests: all.length,
      ms,
    }
  } finally {
    await browser.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  for (const view of ['board', 'list'] as const) console.log(view, await measureFirstLoad(view))
}
