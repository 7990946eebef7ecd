/**
 * Issue 12 acceptance 7: Debian's Chromium opens a room of 5,000 ideas, on the canvas and in the list
 * view, and the time from navigation until the page shows them is read in the page (milliseconds since
 * the navigation started, at the animation frame where the condition first holds):
 * - canvas: the editor has mounted every idea as a note on the canvas (one `.tl-shape` per idea; tldraw
 *   mounts every shape of the page and hides the ones outside the viewport, see useShapeCulling), and
 *   the notes in view are drawn with their text (not hidden, and holding their `.tl-rich-text`: a hidden
 *   note draws only its box, client/board/shapes/IdeaNoteShapeUtil.tsx, so a note tldraw has just
 *   shown counts once its text is there too). Then, zoomed out to fit (Shift+1), every note is drawn so:
 *   that figure is from the key press, without tldraw's zoom animation;
 * - list: its first screen: idea items down to the bottom of the window (client/list/IdeaList.tsx renders
 *   them page by page; the first are the server's first rows, shown until the board has synced) and a
 *   "New idea" field that takes typing (it does before the sync; adding waits for it). Nobody
 *   else is in the room, so the server loads the board from disk for each navigation; a second series
 *   has another participant connected, as in a room in session (the target is judged on the first).
 * The first navigation is in a fresh browser context (empty cache); the later ones reuse its cache.
 * The server runs in a child process, the ideas come through a real Hocuspocus provider.
 * Run alone: `node --experimental-strip-types bench/browserBoard.ts`. `BENCH_BROWSER_ONLY=list` (or
 * `canvas`) measures one view only: the canvas rows take minutes.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { IDEA_KINDS } from '../shared/board/ideas.ts'
import { documentName } from '../shared/protocol.ts'
import { launchBrowser } from '../tests/helpers/browser.ts'
import { newParticipant } from '../tests/helpers/participant.ts'
import { noteRecord } from '../tests/helpers/records.ts'
import { post } from './post.ts'
import { startServerProcess } from '../tests/helpers/serverProcess.ts'

const ADMIN = 'bench-admin-token-0123456789abcdef'
const COLUMNS = 100
const NOTE_SPACING = 240
/** Generous: on a two-core machine shared with other work, 500 notes have taken over a minute. */
const TIMEOUT_MS = 600_000

export interface BrowserBoardFigures {
  ideas: number
  runs: number
  /** Navigation → every idea mounted as a note, the ones in view drawn. Index 0 is the cold run. */
  canvas: number[]
  /** Shift+1 → every note drawn (zoomed out to fit). */
  zoomToFit: number[]
  /** Navigation → a screenful of ideas in the list and a usable "New idea" field. */
  list: number[]
  /** The same, while someone else is in the room (the server has the board open, not only on disk). */
  listWithOthers: number[]
}

/** Ideas of every kind (next steps owned by Oslo), in a grid, anonymous as the list shows them. */
function ideaRecord(i: number) {
  const kind = IDEA_KINDS[i % IDEA_KINDS.length]
  return noteRecord(
    `idea${i}`,
    `Idea ${i}: youth workers in the evenings`,
    (i % COLUMNS) * NOTE_SPACING,
    Math.floor(i / COLUMNS) * NOTE_SPACING,
    { kind, ownerCity: kind === 'next-step' ? 'oslo' : null },
  )
}

/** Milliseconds from the navigation's start to the canvas with every note mounted and the visible ones drawn. */
async function openCanvas(context: BrowserContext, url: string, ideas: number) {
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'commit' })
  const canvas = (await (
    await page.waitForFunction(
      (ideas) => {
        const notes = document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="note"]')
        if (notes.length < ideas) return false
        // In view: not hidden by tldraw, and drawn with its text (hidden notes draw only their box).
        let drawn = 0
        for (const note of notes) {
          if (note.style.display === 'none') continue
          if (!note.querySelector('.tl-rich-text')) return false
          drawn++
        }
        return drawn > 0 ? performance.now() : false
      },
      ideas,
      { polling: 'raf', timeout: TIMEOUT_MS },
    )
  ).jsonValue()) as number
  // Zoom out to fit every note, without tldraw's animation (its own shortcut animates).
  await page.locator('.tl-canvas').click({ position: { x: 700, y: 450 } })
  const pressed = await page.evaluate(() => performance.now())
  await page.keyboard.press('Shift+1')
  const fitted = (await (
    await page.waitForFunction(
      () => {
        const notes = document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="note"]')
        for (const note of notes)
          if (note.style.display === 'none' || !note.querySelector('.tl-rich-text')) return false
        return performance.now()
      },
      undefined,
      { polling: 'raf', timeout: TIMEOUT_MS },
    )
  ).jsonValue()) as number
  await page.close()
  return { canvas, zoomToFit: fitted - pressed }
}

/** Milliseconds from the navigation's start to a screenful of ideas in the list and a usable "New idea". */
async function openList(context: BrowserContext, url: string, ideas: number) {
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'commit' })
  const shown = (await (
    await page.waitForFunction(
      (ideas) => {
        const field = document.querySelector<HTMLTextAreaElement>('#new-idea')
        if (!field || field.readOnly) return false
        const items = document.querySelectorAll('[data-testid="idea-item"]')
        if (items.length === 0) return false
        const full = items.length >= ideas || items[items.length - 1].getBoundingClientRect().bottom >= innerHeight
        return full ? performance.now() : false
      },
      ideas,
      { polling: 'raf', timeout: TIMEOUT_MS },
    )
  ).jsonValue()) as number
  await page.close()
  return shown
}

export async function measureBrowserBoard(
  ideas = 5000,
  runs = 3,
  views: readonly ('canvas' | 'list')[] = ['canvas', 'list'],
): Promise<BrowserBoardFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-browser-'))
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    CAPITAL_ADMIN_TOKEN: ADMIN,
    LOG_LEVEL: 'silent',
    JOINS_PER_MINUTE: '100000',
    // One seeder writes every idea: lift the per-participant quotas (2,000 records, 2 MiB by default).
    BOARD_QUOTA_RECORDS: String(ideas + 1000),
    BOARD_QUOTA_BYTES: String(1024 ** 3),
  })
  const browser = await launchBrowser()
  try {
    const { room, invites } = await post(
      `${server.url}/api/rooms`,
      { title: 'Bench room', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo', admission: 'open' },
      ADMIN,
    )
    const join = async (name: string) =>
      (await post(`${server.url}/api/join`, { invite: invites.participant.oslo, name, city: 'oslo' })).token as string
    const seeder = await newParticipant(server.wsUrl, documentName(room.id, 'board'), await join('Seeder'))
    for (let start = 0; start < ideas; start += 1000) {
      seeder.doc.transact(() => {
        for (let i = start; i < Math.min(ideas, start + 1000); i++) seeder.records.set(`shape:idea${i}`, ideaRecord(i))
      })
      await seeder.acknowledged(120_000)
    }
    seeder.destroy()
    // The room at rest, as it is when someone opens it later: the seeding's 3 MB of updates compacted
    // into the board's snapshot (the server does it once the seeder has left, in a low-priority worker,
    // and a load waits for it; measured without this, the first navigation included that wait).
    await boardAtRest(dataDir, documentName(room.id, 'board'))

    const token = await join('Bench')
    const figures: BrowserBoardFigures = { ideas, runs, canvas: [], zoomToFit: [], list: [], listWithOthers: [] }
    // One context per view, so that each view's first navigation starts with an empty cache. The list
    // is measured a second time with another participant connected, as in a room in session.
    const series = [...views, ...(views.includes('list') ? (['listWithOthers'] as const) : [])]
    for (const view of series) {
      const other =
        view === 'listWithOthers'
          ? await newParticipant(server.wsUrl, documentName(room.id, 'board'), await join('Someone else'))
          : null
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      // Signed in as the client keeps a session (client/api/tokens.ts): straight to the board or the list.
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        `capital-room:session:${room.id}`,
        token,
      ] as const)
      for (let run = 0; run < runs; run++) {
        if (view === 'canvas') {
          const { canvas, zoomToFit } = await openCanvas(context, `${server.url}/rooms/${room.id}`, ideas)
          figures.canvas.push(canvas)
          figures.zoomToFit.push(zoomToFit)
        } else figures[view].push(await openList(context, `${server.url}/rooms/${room.id}/list`, ideas))
      }
      await context.close()
      other?.destroy()
    }
    return figures
  } finally {
    await browser.close()
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Resolves once the board's folder holds its snapshot and no update log with anything in it. */
async function boardAtRest(dataDir: string, name: string) {
  const folder = path.join(dataDir, 'docs', encodeURIComponent(name))
  for (const started = Date.now(); Date.now() - started < TIMEOUT_MS; ) {
    const files = readdirSync(folder)
    const logs = files.filter((file) => file.endsWith('.log'))
    if (files.includes('snapshot.bin') && logs.every((log) => statSync(path.join(folder, log)).size === 0)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the board did not come to rest in ${folder}`)
}

/** The views `BENCH_BROWSER_ONLY` names (`canvas`, `list`, comma-separated), both by default. */
export function browserViews(): ('canvas' | 'list')[] {
  const wanted = process.env.BENCH_BROWSER_ONLY?.split(',').map((v) => v.trim())
  return (['canvas', 'list'] as const).filter((view) => !wanted || wanted.includes(view))
}

if (import.meta.main) {
  console.log(await measureBrowserBoard(Number(process.env.BENCH_BROWSER_IDEAS ?? 5000), 3, browserViews()))
}
