/**
 * The canvas gives a workshop's tools and nothing that would not count (issue 12 §7): participants get
 * select, hand and the idea note (facilitators also the frame), and the keys of removed tools do
 * nothing; no style panel; pasted text becomes ideas of the chosen kind, one per line, in free places;
 * pasted drawings, text and shapes are left out with a notice saying why, and such shapes already on
 * the board are named in a notice. Real Chromium, real pastes through tldraw's clipboard handling, a
 * Hocuspocus provider as the second participant. Screenshots in test-output/screenshots.
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readIdea } from '../../shared/board/ideas.ts'
import { MAX_IDEA_CHARS } from '../../shared/board/limits.ts'
import { documentName } from '../../shared/protocol.ts'
import { richTextToPlain } from '../../shared/board/text.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let roomId: string
let facilitatorToken: string
let participantToken: string
let observer: Page
let watcher: Participant
const pages: WatchedPage[] = []

const LAPTOP = { width: 1440, height: 900 }

/**
 * Opens the board as someone who already joined (the session token is where the join page puts it);
 * on a narrow screen too, as after following the list view's link to the canvas.
 */
async function openBoard(token: string, viewport = LAPTOP): Promise<Page> {
  const watched = await openPage(browser, server.url)
  pages.push(watched)
  await watched.page.setViewportSize(viewport)
  await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
  await watched.context.addInitScript(
    ([roomId, token]) => {
      localStorage.setItem(`capital-room:session:${roomId}`, token)
      sessionStorage.setItem(`capital-room:canvas:${roomId}`, '1')
    },
    [roomId, token] as const,
  )
  await watched.page.goto(`${server.url}/rooms/${roomId}`)
  await watched.page
    .locator('[data-testid="connection-status"]', { hasText: /^connected$/ })
    .waitFor({ timeout: 45_000 }) // two cores shared by several test runs: a first load can be slow
  await watched.page.locator('.tl-canvas').waitFor()
  return watched.page
}

/** The tools in tldraw's toolbar, by their test ids (`tools.select`…), in order. */
const toolbarTools = (page: Page) =>
  page
    .locator('.tlui-main-toolbar [data-testid^="tools."]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')))
const pressed = (page: Page, tool: string) => page.getByTestId(`tools.${tool}`).getAttribute('aria-pressed')

/** Puts `text` on the system clipboard and presses Ctrl-V (or `keys`) on the canvas: tldraw's own paste path. */
async function pasteText(page: Page, text: string, keys = 'Control+V') {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.keyboard.press(keys)
}

const ideasOf = (records: Participant['records']) =>
  [...records.values()].flatMap((r) => {
    const meta = readIdea(r)
    return meta
      ? [{ id: r.id as string, x: r.x as number, y: r.y as number, text: richTextToPlain(r.props.richText), ...meta }]
      : []
  })

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const { room, invites } = await server.createRoom({ title: 'Capital Room Tallinn' })
  roomId = room.id
  facilitatorToken = (await server.enrol(room.id, 'Fia', 'secretariat', 'facilitator')).token
  participantToken = (await server.join(invites.participant, 'Sven', 'stockholm')).token
  const observerToken = (await server.join(invites.observer, 'Olle', 'oslo')).token
  watcher = await newParticipant(server.wsUrl, documentName(room.id, 'board'), facilitatorToken)
  observer = await openBoard(observerToken)
}, 60_000)

afterAll(async () => {
  watcher?.destroy()
  await browser?.close()
  await server?.close()
})

describe('the tools of a workshop', { timeout: 120_000 }, () => {
  let sven: Page

  it('a participant gets select, hand and the idea note; keys of removed tools do nothing; no style panel', async () => {
    sven = await openBoard(participantToken)
    await expect
      .poll(() => toolbarTools(sven), { timeout: 10_000 })
      .toEqual(['tools.select', 'tools.hand', 'tools.note'])
    expect(await sven.getByTestId('style.panel').count()).toBe(0)
    await screenshot(sven, 'canvas-tools-01-participant-laptop')

    await sven.locator('.tl-canvas').click({ position: { x: 700, y: 400 } })
    // With each removed tool's key pressed, a drag on the canvas would draw, write or make a shape.
    for (const [i, key] of ['d', 't', 'r', 'a', 'g', 'e', 'k'].entries()) {
      await sven.keyboard.press(key)
      await sven.mouse.move(500, 150 + i * 70)
      await sven.mouse.down()
      await sven.mouse.move(650, 200 + i * 70, { steps: 5 })
      await sven.mouse.up()
      expect(await pressed(sven, 'select')).toBe('true')
    }
    // The note tool's key works, and its note is a later write than every drag above.
    await sven.keyboard.press('n')
    await expect.poll(() => pressed(sven, 'note')).toBe('true')
    await sven.mouse.click(1100, 300)
    await expect.poll(() => ideasOf(watcher.records).length, { timeout: 10_000 }).toBe(1)
    expect([...watcher.records.values()].filter((r) => r.typeName === 'shape').map((r) => r.type)).toEqual(['note'])
    await sven.keyboard.press('Escape') // stop editing; the new note stays selected
    await expect.poll(() => pressed(sven, 'select')).toBe('true')
    expect(await sven.getByTestId('style.panel').count()).toBe(0) // a selected idea opens no style panel either
    await sven.keyboard.press('Delete')
    await expect.poll(() => ideasOf(watcher.records).length, { timeout: 10_000 }).toBe(0)
  })

  it('a facilitator also gets the frame (a cluster)', async () => {
    const fia = await openBoard(facilitatorToken)
    await expect
      .poll(() => toolbarTools(fia), { timeout: 10_000 })
      .toEqual(['tools.select', 'tools.hand', 'tools.note', 'tools.frame'])
    expect(await fia.getByTestId('style.panel').count()).toBe(0)
    await screenshot(fia, 'canvas-tools-02-facilitator-laptop')
    await fia.close()
  })

  it('on a phone (390×844) the toolbar is the same, and there is no style button', async () => {
    const phone = await openBoard(participantToken, { width: 390, height: 844 })
    await expect
      .poll(() => toolbarTools(phone), { timeout: 10_000 })
      .toEqual(['tools.select', 'tools.hand', 'tools.note'])
    expect(await phone.getByTestId('mobile-styles.button').count()).toBe(0)
    await screenshot(phone, 'canvas-tools-02-participant-phone')
    await phone.close()
  })

  it('pasted text becomes one idea per line, of the chosen kind, each in its own place', async () => {
    await sven.getByTestId('kind-picker').locator('[data-kind="policy"]').click()
    await sven.keyboard.press('Escape') // back to select: the paste is not a click with the note tool
    const long = 'Ö'.repeat(MAX_IDEA_CHARS + 500)
    await pasteText(sven, `Night buses for shift workers\n\n   Youth clubs open late  \r\n${long}\n`)

    await expect.poll(() => ideasOf(watcher.records).length, { timeout: 10_000 }).toBe(3)
    const ideas = ideasOf(watcher.records)
    expect(ideas.map((i) => i.text).sort()).toEqual(
      ['Night buses for shift workers', 'Youth clubs open late', 'Ö'.repeat(MAX_IDEA_CHARS)].sort(),
    )
    for (const idea of ideas) expect(idea).toMatchObject({ kind: 'policy', city: 'stockholm', authorName: 'Sven' })
    expect(new Set(ideas.map((i) => `${i.x},${i.y}`)).size).toBe(3)
    expect(await sven.getByTestId('paste-notice').textContent()).toContain('1 line was longer than 2,000 characters')
    await screenshot(sven, 'canvas-tools-03-pasted-lines')
    await sven.getByTestId('paste-notice').getByRole('button', { name: 'Dismiss' }).click()
    expect(await sven.getByTestId('paste-notice').count()).toBe(0)
  })

  it('an observer cannot paste ideas; "paste as plain text" (Shift-Ctrl-V) makes ideas too', async () => {
    await observer.locator('.tl-canvas').click({ position: { x: 700, y: 400 } })
    await pasteText(observer, 'An observer’s idea')
    // A later paste by a participant is seen after the observer's attempt: only it arrived.
    await pasteText(sven, 'Mentors from the neighbourhood\nSchool mediators', 'Shift+Control+V')
    await expect.poll(() => ideasOf(watcher.records).length, { timeout: 10_000 }).toBe(5)
    expect(ideasOf(watcher.records).map((i) => i.text)).not.toContain('An observer’s idea')
    expect([...watcher.records.values()].filter((r) => r.type === 'text')).toHaveLength(0)
  })

  it('drawings, text and shapes are not pasted, and those already on the board are named in a notice', async () => {
    // Another tool (or an older board) put a text and a rectangle on the board.
    const base = {
      typeName: 'shape',
      rotation: 0,
      index: 'a5',
      parentId: 'page:page',
      isLocked: false,
      opacity: 1,
      meta: {},
    }
    watcher.doc.transact(() => {
      watcher.records.set('shape:label', {
        ...base,
        id: 'shape:label',
        type: 'text',
        x: 0,
        y: -300,
        props: {
          color: 'black',
          size: 'm',
          font: 'draw',
          textAlign: 'start',
          w: 200,
          richText: noteRecord('x', 'A heading').props.richText,
          scale: 1,
          autoSize: true,
        },
      })
    })
    await watcher.acknowledged()
    await expect
      .poll(() => sven.getByTestId('not-ideas-notice').textContent(), { timeout: 10_000 })
      .toBe(
        '1 drawing, text or other shape on this board is not an idea: it is not clustered, voted on or published. Use an idea note.',
      )

    // Copy everything (five ideas and the text) and paste it: the ideas come back, the text does not.
    await sven.locator('.tl-canvas').click({ position: { x: 100, y: 800 } })
    await sven.keyboard.press('Control+A')
    await sven.keyboard.press('Control+C')
    // tldraw writes the clipboard asynchronously: paste once the copy is there.
    const copied = () =>
      sven.evaluate(async () => {
        const [item] = await navigator.clipboard.read()
        return item?.types.includes('text/html')
          ? (await (await item.getType('text/html')).text()).includes('data-tldraw')
          : false
      })
    await expect.poll(copied, { timeout: 10_000 }).toBe(true)
    await sven.keyboard.press('Control+V')
    await expect.poll(() => ideasOf(watcher.records).length, { timeout: 10_000 }).toBe(10)
    await expect
      .poll(() => sven.getByTestId('paste-notice').textContent())
      .toContain('1 drawing, text or other shape was not pasted: it is not an idea')
    expect([...watcher.records.values()].filter((r) => r.type === 'text')).toHaveLength(1)
    await screenshot(sven, 'canvas-tools-04-not-ideas-notices')
  })

  it('no page logged an error or asked another host for anything', () => {
    for (const { consoleErrors, foreignRequests } of pages) {
      expect(foreignRequests).toEqual([])
      expect(consoleErrors).toEqual([])
    }
  })
})
