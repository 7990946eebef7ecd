/**
 * Nothing covers our controls (issue 12 §7): a facilitator accepts suggested clusters with a real
 * pointer click, without `force`, on a laptop (1440×900) and on a phone (390×844). Playwright's click
 * fails when another element (tldraw's licence watermark, its style panel) would receive it. On
 * http://127.0.0.1 tldraw runs unlicensed and shows its watermark, so the case where it is present is
 * the one tested; and our dialog must not cover the watermark either (tldraw's licence asks that it
 * stay visible and clickable). Screenshots in test-output/screenshots.
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let roomId: string
let facilitatorToken: string
let seeder: Participant
const pages: WatchedPage[] = []

/** Opens the board (on a narrow screen too: as after following the list view's link to the canvas). */
async function openBoard(viewport: { width: number; height: number }): Promise<Page> {
  const watched = await openPage(browser, server.url)
  pages.push(watched)
  await watched.page.setViewportSize(viewport)
  await watched.context.addInitScript(
    ([roomId, token]) => {
      localStorage.setItem(`capital-room:session:${roomId}`, token)
      sessionStorage.setItem(`capital-room:canvas:${roomId}`, '1')
    },
    [roomId, facilitatorToken] as const,
  )
  await watched.page.goto(`${server.url}/rooms/${roomId}`)
  await watched.page
    .locator('[data-testid="connection-status"]', { hasText: /^connected$/ })
    .waitFor({ timeout: 45_000 }) // two cores shared by several test runs: a first load can be slow
  await watched.page.locator('.tl-canvas').waitFor()
  return watched.page
}

/** Four unclustered ideas on two themes, below whatever is on the board. */
async function seedIdeas(prefix: string, y: number) {
  const texts = [
    'Mentors for young people leaving extremist groups',
    'Mentor programme for youth leaving extremism',
    'Monitoring hate speech on social media',
    'Social media monitoring of online hate speech',
  ]
  seeder.doc.transact(() => {
    texts.forEach((text, i) => {
      seeder.records.set(`shape:${prefix}${i}`, noteRecord(`${prefix}${i}`, text, i * 220, y, { kind: 'solution' }))
    })
  })
  await seeder.acknowledged()
}

const frameCount = () => [...seeder.records.values()].filter((r) => r.type === 'frame').length

/** Nothing of ours lies over tldraw's watermark: the element at its centre is the watermark's. */
async function watermarkUncovered(page: Page): Promise<boolean> {
  return page.getByTestId('tl-watermark-unlicensed').evaluate((watermark) => {
    const box = watermark.getBoundingClientRect()
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
    return top !== null && watermark.contains(top)
  })
}

/** tldraw's watermark and our dialog share no pixel: neither covers the other. */
async function watermarkBesideDialog(page: Page): Promise<boolean> {
  const a = await page.getByTestId('tl-watermark-unlicensed').boundingBox()
  const b = await page.getByTestId('suggestions-dialog').boundingBox()
  if (!a || !b) return false
  return a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
}

async function suggestAndAccept(page: Page, name: string) {
  const before = frameCount()
  await screenshot(page, `${name}-board`)
  await page.getByTestId('suggest-clusters').click()
  await page.getByTestId('suggestions-dialog').waitFor({ timeout: 10_000 })
  const groups = await page.getByTestId('suggestion-group').count()
  expect(groups).toBeGreaterThanOrEqual(2)
  await screenshot(page, `${name}-suggestions`)
  await expect.poll(() => watermarkUncovered(page)).toBe(true)
  expect(await watermarkBesideDialog(page)).toBe(true)
  // A real click: Playwright refuses it when another element would receive it.
  await page.getByRole('button', { name: /Accept/ }).click({ timeout: 5000 })
  await expect.poll(frameCount, { timeout: 10_000 }).toBe(before + groups)
  await screenshot(page, `${name}-accepted`)
}

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const { room } = await server.createRoom({ title: 'Capital Room Riga' })
  roomId = room.id
  facilitatorToken = (await server.enrol(room.id, 'Fia', 'secretariat', 'facilitator')).token
  seeder = await newParticipant(server.wsUrl, documentName(room.id, 'board'), facilitatorToken)
}, 60_000)

afterAll(async () => {
  seeder?.destroy()
  await browser?.close()
  await server?.close()
})

describe('accepting suggested clusters with a real pointer', { timeout: 120_000 }, () => {
  it('on a laptop (1440×900), with tldraw’s watermark on the canvas', async () => {
    await seedIdeas('laptop', 0)
    const page = await openBoard({ width: 1440, height: 900 })
    await page.getByTestId('tl-watermark-unlicensed').waitFor()
    await suggestAndAccept(page, 'accept-clusters-laptop')
  })

  it('on a phone (390×844)', async () => {
    await seedIdeas('phone', 1200)
    const page = await openBoard({ width: 390, height: 844 })
    await page.getByTestId('tl-watermark-unlicensed').waitFor()
    await suggestAndAccept(page, 'accept-clusters-phone')
  })

  it('no page logged an error or asked another host for anything', () => {
    for (const { consoleErrors, foreignRequests } of pages) {
      expect(foreignRequests).toEqual([])
      expect(consoleErrors).toEqual([])
    }
  })
})
