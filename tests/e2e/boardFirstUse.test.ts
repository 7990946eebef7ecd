/**
 * A new user's first minutes on the canvas (issue 12 §7, "The empty board says nothing"): an empty
 * board shows the first-time hint, which goes away for everyone once someone has added an idea;
 * "Who's here" is open on a laptop and collapsed on a phone (where it would cover the canvas), and
 * its button opens and closes it; on a phone the top bar's items do not lie over each other.
 * Screenshots go to test-output/screenshots.
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newServer, type TestInvites, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
const pages: WatchedPage[] = []
let roomId: string
let links: TestInvites

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const created = await server.createRoom({ title: 'Capital Room Helsinki' })
  roomId = created.room.id
  links = created.links
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function join(link: string, name: string, viewport: { width: number; height: number }): Promise<Page> {
  const watched = await openPage(browser, server.url)
  await watched.page.setViewportSize(viewport)
  pages.push(watched)
  const { page } = watched
  await page.goto(link)
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Join the room' }).click()
  return page
}

/** Pairs of the top bar's items that lie over each other, or an item past the window's right edge. */
const topBarOverlaps = (page: Page) =>
  page.evaluate(() => {
    const items = [
      ...document.querySelectorAll<HTMLElement>(
        '.top-bar-title > *, .top-bar > :not(.top-bar-title):not(.top-bar-meta), .top-bar-meta > *',
      ),
    ].filter((el) => el.getClientRects().length > 0)
    const name = (el: HTMLElement) => el.dataset.testid ?? el.className ?? el.tagName
    const boxes = items.map((el) => ({ name: name(el), box: el.getBoundingClientRect() }))
    const problems: string[] = []
    for (const { name, box } of boxes) if (box.right > innerWidth + 0.5) problems.push(`${name} past the edge`)
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].box, boxes[j].box]
        const apart =
          a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5
        if (!apart) problems.push(`${boxes[i].name} over ${boxes[j].name}`)
      }
    return problems
  })
const whosHereToggle = (page: Page) => page.getByTestId('whos-here').getByRole('button', { name: /Who's here/ })
const notes = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]')

describe('the first minutes on the canvas', { timeout: 120_000 }, () => {
  let laptop: Page
  let phone: Page

  it('an empty board tells a newcomer what to do; "Who\'s here" is open on a laptop', async () => {
    laptop = await join(links.participant.helsinki, 'Aino', { width: 1440, height: 900 })
    await laptop.waitForURL(new RegExp(`/rooms/${roomId}$`))
    await laptop.locator('.tl-canvas').waitFor()
    expect(await laptop.getByTestId('first-hint').textContent()).toBe('Pick a kind, then click the board')
    expect(await whosHereToggle(laptop).getAttribute('aria-expanded')).toBe('true')
    await laptop.getByTestId('person').first().waitFor()
    await screenshot(laptop, 'first-use-01-empty-board-laptop')
  })

  it('on a phone the room opens as the list; on the canvas "Who\'s here" starts collapsed and opens on demand', async () => {
    phone = await join(links.participant.oslo, 'Ola', { width: 390, height: 844 })
    await phone.waitForURL(new RegExp(`/rooms/${roomId}/list$`))
    await phone.getByTestId('canvas-link').click()
    await phone.waitForURL(new RegExp(`/rooms/${roomId}$`))
    await phone.locator('.tl-canvas').waitFor()
    await phone.getByTestId('first-hint').waitFor()
    expect(await topBarOverlaps(phone)).toEqual([])
    const toggle = whosHereToggle(phone)
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await phone.getByTestId('person').count()).toBe(0)
    await screenshot(phone, 'first-use-02-canvas-phone')

    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await expect.poll(() => phone.getByTestId('person').count(), { timeout: 5000 }).toBe(2)
    await screenshot(phone, 'first-use-03-whos-here-open-phone')
    await toggle.click()
    expect(await phone.getByTestId('person').count()).toBe(0)
  })

  it('once someone adds an idea, the hint is gone for everyone', async () => {
    await laptop.getByRole('radio', { name: /Solution/ }).click()
    await laptop.mouse.click(720, 450)
    await laptop.keyboard.type('Mentors in every school')
    await laptop.keyboard.press('Escape')
    await expect.poll(() => notes(phone).count(), { timeout: 10_000 }).toBe(1)
    await expect.poll(() => phone.getByTestId('first-hint').count(), { timeout: 5000 }).toBe(0)
    expect(await laptop.getByTestId('first-hint').count()).toBe(0)
  })

  it('no request left the server and no page logged an error', () => {
    for (const { foreignRequests, consoleErrors } of pages) {
      expect(foreignRequests).toEqual([])
      expect(consoleErrors).toEqual([])
    }
  })
})
