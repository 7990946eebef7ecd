/**
 * The list view in Chromium (issue 12 §1–2): a participant uses only the keyboard to join, open the
 * list view, add an idea and place and take back a dot; a second participant sees the idea on their
 * canvas within a second as a note with the right kind and byline, and a note drawn on the canvas
 * shows in the list within a second. Observers and a locked board make the list read only. On a
 * phone (390×844) the join page and the list view never scroll sideways. Screenshots go to
 * test-output/screenshots.
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { documentName } from '../../shared/protocol.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newParticipant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestInvites, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
const pages: WatchedPage[] = []
let roomId: string
let links: TestInvites
let facilitatorToken: string

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const created = await server.createRoom({ title: 'Capital Room Reykjavík' })
  roomId = created.room.id
  links = created.links
  facilitatorToken = (await server.join(created.invites.facilitator, 'Fia', 'secretariat')).token
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(url: string, viewport = { width: 1280, height: 800 }) {
  const watched = await openPage(browser, server.url)
  await watched.page.setViewportSize(viewport)
  pages.push(watched)
  await watched.page.goto(url)
  return watched.page
}

/** Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`focus never reached ${selector}`)
}

/** Joins through the invite link with the keyboard only: name, affiliation (when asked), submit. */
async function keyboardJoin(page: Page, name: string, cityName: string) {
  await page.getByLabel('Your name').waitFor()
  await tabTo(page, 'input[name="name"]')
  await page.keyboard.type(name)
  await page.keyboard.press('Tab')
  if (await page.evaluate(() => document.activeElement?.tagName === 'SELECT')) {
    // Arrow keys, not type-ahead: type-ahead restarts when a slow machine pauses between letters.
    const steps = await page.evaluate((name) => {
      const select = document.activeElement as HTMLSelectElement
      return [...select.options].findIndex((o) => o.text === name) - select.selectedIndex
    }, cityName)
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      cityName,
    )
    await page.keyboard.press('Tab')
  }
  await tabTo(page, 'button[type="submit"]')
  await page.keyboard.press('Enter')
}

const notes = (page: Page) => page.locator('.tl-shape[data-shape-type="note"]')
const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

describe('the list view', { timeout: 120_000 }, () => {
  let astrid: Page
  let bjorn: Page
  let ideaId: string

  it('a participant joins with the keyboard and opens the list view; another is on the canvas', async () => {
    astrid = await open(links.participant.stockholm)
    await keyboardJoin(astrid, 'Astrid', 'Stockholm')
    await astrid.waitForURL(/\/rooms\/[^/]+$/)
    await astrid.goto(`${server.url}/rooms/${roomId}/list`)
    await expect
      .poll(() => astrid.getByTestId('connection-status').textContent(), { timeout: 20_000 })
      .toBe('connected')
    expect(await astrid.getByTestId('list-room-title').textContent()).toBe('Capital Room Reykjavík')

    bjorn = await open(links.participant.oslo)
    await bjorn.getByLabel('Your name').fill('Bjørn')
    const city = bjorn.getByLabel('Your city or affiliation')
    if (await city.count()) await city.selectOption('oslo')
    await bjorn.getByRole('button', { name: 'Join the room' }).click()
    await bjorn.locator('.tl-canvas').waitFor({ timeout: 60_000 })
  })

  it('adds an idea with the keyboard; it is a note on the other canvas within a second, with its kind and author', async () => {
    await astrid.locator('body').focus()
    await tabTo(astrid, 'textarea#new-idea')
    expect(await astrid.evaluate(() => (document.activeElement as HTMLTextAreaElement).labels?.[0]?.textContent)).toBe(
      'New idea',
    )
    await astrid.keyboard.type('Night buses that stop on request')
    await astrid.keyboard.press('Tab')
    await astrid.keyboard.press('ArrowDown') // Kind: Challenge → Solution
    expect(await astrid.getByLabel('Kind').inputValue()).toBe('solution')
    await tabTo(astrid, 'button[type="submit"]')
    expect(await astrid.evaluate(() => document.activeElement?.textContent)).toBe('Add idea')
    await astrid.keyboard.press('Enter')
    const sent = Date.now()

    const note = notes(bjorn).filter({ hasText: 'Night buses that stop on request' })
    await note.waitFor({ timeout: 5000 })
    const delay = Date.now() - sent
    console.log(`idea from the list view appeared on the canvas after ${delay} ms`)
    expect(delay).toBeLessThan(1000)
    expect(await note.getByTestId('idea-kind').textContent()).toBe('Solution')
    expect(await note.getByTestId('idea-byline').textContent()).toContain('Stockholm · Astrid')

    const item = astrid.getByTestId('idea-item').filter({ hasText: 'Night buses that stop on request' })
    await item.waitFor()
    ideaId = (await item.getAttribute('data-idea-id'))!
    // Focus stays in the field for the next idea.
    expect(await astrid.evaluate(() => document.activeElement?.id)).toBe('new-idea')
    await screenshot(astrid, 'list-01-idea-added')
    await screenshot(bjorn, 'list-02-canvas-shows-list-idea')
  })

  it('a note drawn on the canvas shows in the list view within a second', async () => {
    await drawNote(bjorn, 300, 'Youth workers at night')
    const sent = Date.now()
    await astrid.getByTestId('idea-item').filter({ hasText: 'Youth workers at night' }).waitFor({ timeout: 5000 })
    const delay = Date.now() - sent
    console.log(`idea from the canvas appeared in the list view after ${delay} ms`)
    expect(delay).toBeLessThan(1000)
  })

  it('a screen reader is told of the ideas others add, not of the ideas already there when the list opens', async () => {
    const again = await astrid.context().newPage()
    await again.goto(`${server.url}/rooms/${roomId}/list`)
    await again.getByTestId('idea-item').filter({ hasText: 'Youth workers at night' }).waitFor({ timeout: 20_000 })
    await drawNote(bjorn, 600, 'Libraries open late')
    // The first thing the live region says (it keeps each summary until the next one).
    const first = await (
      await again.waitForFunction(
        () => document.querySelector('[data-testid="announcements"]')?.textContent || false,
        undefined,
        { polling: 'raf', timeout: 10_000 },
      )
    ).jsonValue()
    expect(first).toBe('1 new idea from Oslo')
    await again.close()
  })

  it('places a dot and takes it back with the keyboard, seeing the dots left', async () => {
    const opened = await server.api(`/api/rooms/${roomId}/rounds`, {
      token: facilitatorToken,
      body: { targets: [ideaId], votesPerParticipant: 2, maxPerTarget: 2 },
    })
    expect(opened.status).toBe(201)
    const left = astrid.getByTestId('dots-left')
    await expect.poll(() => left.textContent(), { timeout: 5000 }).toBe('2 dots left')

    const add = astrid.getByRole('button', { name: 'Add a dot to Night buses that stop on request' })
    await add.waitFor()
    await astrid.getByLabel('New idea').focus()
    await tabTo(astrid, '[aria-label="Add a dot to Night buses that stop on request"]')
    await astrid.keyboard.press('Enter')
    await expect.poll(() => left.textContent()).toBe('1 dot left')
    await tabTo(astrid, '[aria-label="Take a dot back from Night buses that stop on request"]', { back: true })
    await astrid.keyboard.press('Enter')
    await expect.poll(() => left.textContent()).toBe('2 dots left')
    await screenshot(astrid, 'list-03-voting')
    expect(
      (await server.api(`/api/rooms/${roomId}/rounds/current/close`, { method: 'POST', token: facilitatorToken }))
        .status,
    ).toBe(200)
  })

  it('observers read only; a lock makes participants read only, and the server refuses their writes anyway', async () => {
    const observer = await open(links.observer)
    await observer.getByLabel('Your name').fill('Olli')
    const city = observer.getByLabel('Your city or affiliation')
    if (await city.count()) await city.selectOption('helsinki')
    await observer.getByRole('button', { name: 'Join the room' }).click()
    await observer.waitForURL(/\/rooms\/[^/]+$/)
    await observer.goto(`${server.url}/rooms/${roomId}/list`)
    await observer.getByTestId('observer-notice').waitFor()
    await observer.getByTestId('idea-item').filter({ hasText: 'Night buses' }).waitFor()
    expect(await observer.getByLabel('New idea').count()).toBe(0)
    expect(await observer.getByRole('button', { name: /^Edit / }).count()).toBe(0)

    // The facilitator locks the board from their own list view.
    const fia = await open(links.facilitator)
    await fia.getByLabel('Your name').fill('Fia')
    const fiaCity = fia.getByLabel('Your city or affiliation')
    if (await fiaCity.count()) await fiaCity.selectOption('expert')
    await fia.getByRole('button', { name: 'Join the room' }).click()
    await fia.waitForURL(/\/rooms\/[^/]+$/)
    await fia.goto(`${server.url}/rooms/${roomId}/list`)
    await fia.getByTestId('lock-toggle').click()
    await astrid.getByTestId('locked-notice').waitFor({ timeout: 5000 })
    // The field stays in the tab order, read only; the button says why nothing was added.
    expect(await astrid.getByLabel('New idea').getAttribute('readonly')).not.toBeNull()
    const add = astrid.getByRole('button', { name: 'Add idea' })
    expect(await add.getAttribute('aria-disabled')).toBe('true')
    await add.focus()
    await astrid.keyboard.press('Enter')
    await expect.poll(() => astrid.getByTestId('idea-form-status').textContent()).toMatch(/read only/)
    expect(await astrid.getByRole('button', { name: /^Edit Night buses/ }).count()).toBe(0)
    await screenshot(astrid, 'list-04-locked')
    await fia.getByTestId('lock-toggle').click()
    await expect.poll(() => astrid.getByTestId('locked-notice').count(), { timeout: 5000 }).toBe(0)
  })

  it('the author edits and deletes their own idea', async () => {
    await astrid.getByRole('button', { name: 'Edit Night buses that stop on request' }).click()
    await astrid.getByLabel('Idea text').fill('Night buses that stop anywhere on request')
    await astrid.getByRole('button', { name: 'Save', exact: true }).click()
    await notes(bjorn).filter({ hasText: 'Night buses that stop anywhere on request' }).waitFor({ timeout: 5000 })
    await astrid.getByRole('button', { name: 'Delete Night buses that stop anywhere on request' }).click()
    await astrid.getByRole('button', { name: 'Yes, delete' }).click()
    await expect.poll(() => notes(bjorn).filter({ hasText: 'Night buses' }).count(), { timeout: 5000 }).toBe(0)
  })

  it('on a phone the join page and the list view do not scroll sideways; a participant joins, adds and votes', async () => {
    const phone = await open(links.participant.reykjavik, { width: 390, height: 844 })
    await phone.getByLabel('Your name').waitFor()
    expect(await noHorizontalScroll(phone)).toBe(true)
    await screenshot(phone, 'list-05-phone-join')
    await phone.getByLabel('Your name').fill('Sigríður Þórsdóttir')
    const city = phone.getByLabel('Your city or affiliation')
    if (await city.count()) await city.selectOption('reykjavik')
    await phone.getByRole('button', { name: 'Join the room' }).click()
    // Narrow screens land on the list view.
    await phone.waitForURL(/\/list$/, { timeout: 20_000 })
    await expect.poll(() => phone.getByTestId('connection-status').textContent(), { timeout: 20_000 }).toBe('connected')
    await phone
      .getByLabel('New idea')
      .fill('A warm room open all night near the harbour, for anyone who needs somewhere safe to wait')
    await phone.getByLabel('Kind').selectOption('next-step')
    await phone.getByRole('button', { name: 'Add idea' }).click()
    const item = phone.getByTestId('idea-item').filter({ hasText: 'A warm room open all night' })
    await item.waitFor()
    const id = (await item.getAttribute('data-idea-id'))!
    expect(await item.textContent()).toContain('Next step')
    await server.api(`/api/rooms/${roomId}/rounds`, {
      token: facilitatorToken,
      body: { targets: [id], votesPerParticipant: 3, maxPerTarget: 3 },
    })
    await phone.getByRole('button', { name: /^Add a dot to A warm room open all night/ }).click()
    await expect.poll(() => phone.getByTestId('dots-left').textContent()).toBe('2 dots left')
    expect(await noHorizontalScroll(phone)).toBe(true)
    await screenshot(phone, 'list-06-phone-list')
    await phone.getByTestId('case-card-edit').click()
    await phone.getByLabel('Title', { exact: true }).fill('Harbour night patrol')
    await phone.getByLabel('The challenge').fill('Late ferries leave people waiting in the cold')
    await phone.getByRole('button', { name: 'Save the case card' }).click()
    await phone.getByTestId('case-city').filter({ hasText: 'Harbour night patrol' }).waitFor()
    expect(await noHorizontalScroll(phone)).toBe(true)
    await phone.screenshot({ path: 'test-output/screenshots/list-07-phone-full.png', fullPage: true })
    await server.api(`/api/rooms/${roomId}/rounds/current/close`, { method: 'POST', token: facilitatorToken })
  })

  it('a change of identity mode is announced with a visible notice; the first-time hint is gone once there are ideas', async () => {
    expect(await bjorn.getByTestId('first-hint').count()).toBe(0)
    const fia = pages[3].page // the facilitator's list view, opened in the lock step
    await fia.getByTestId('identity-mode').selectOption('city')
    await expect
      .poll(() => astrid.getByTestId('identity-mode-notice').textContent(), { timeout: 5000 })
      .toMatch(/City only/)
    await bjorn.getByTestId('identity-mode-notice').waitFor({ timeout: 5000 })
    await screenshot(bjorn, 'list-08-identity-notice-on-canvas')
  })

  it('closing the room shows "This room is closed" at once, and read only', async () => {
    expect((await server.api(`/api/rooms/${roomId}/close`, { method: 'POST', token: server.adminToken })).status).toBe(
      200,
    )
    await expect
      .poll(() => astrid.getByTestId('room-closed').textContent(), { timeout: 5000 })
      .toMatch(/This room is closed/)
    expect(await astrid.getByLabel('New idea').count()).toBe(0)
    await expect
      .poll(() => bjorn.getByTestId('room-closed').textContent(), { timeout: 5000 })
      .toMatch(/This room is closed/)
    expect(await bjorn.evaluate(() => document.querySelector('[data-testid="board-shapes"]') === null)).toBe(true)
  })

  it('shows its first rows and takes typing before the board’s sync arrives, and adding waits for it', async () => {
    const created = await server.createRoom({ title: 'A room with a slow board' })
    const { token } = await server.join(created.invites.participant, 'Saga', 'stockholm')
    const seeder = await newParticipant(server.wsUrl, documentName(created.room.id, 'board'), token)
    seeder.doc.transact(() => {
      for (let i = 0; i < 30; i++)
        seeder.records.set(`shape:early${i}`, noteRecord(`early${i}`, `Early idea ${i}`, 0, i * 250))
    })
    await seeder.acknowledged()
    seeder.destroy()

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      `capital-room:session:${created.room.id}`,
      token,
    ] as const)
    const page = await context.newPage()
    // The room's socket opens and never answers: the board (3 MB for 5,000 ideas) has not arrived yet.
    await page.routeWebSocket(/\/collab/, () => {})
    try {
      await page.goto(`${server.url}/rooms/${created.room.id}/list`)
      await page.getByText('Early idea 0', { exact: true }).waitFor()
      expect(await page.getByTestId('idea-item').count()).toBeGreaterThanOrEqual(20)
      expect(await page.getByRole('heading', { level: 2, name: 'Ideas (30)' }).count()).toBe(1)
      const field = page.getByLabel('New idea')
      await field.fill('Typed while the board loads')
      await page.getByRole('button', { name: 'Add idea' }).click()
      await page.getByText('The board is still loading: your idea is kept here.', { exact: false }).waitFor()
      expect(await field.inputValue()).toBe('Typed while the board loads')
      expect(await page.getByTestId('connection-status').textContent()).toBe('connecting')
      await screenshot(page, 'list-09-before-the-board-arrives')
    } finally {
      await context.close()
    }
  })

  it('no request left the server and no page logged an error', () => {
    for (const { foreignRequests, consoleErrors } of pages) {
      expect(foreignRequests).toEqual([])
      expect(consoleErrors).toEqual([])
    }
  })
})

/** Draws an idea note on the canvas at (x, 600) with the note tool and types `text` into it. */
async function drawNote(page: Page, x: number, text: string) {
  await page.locator('.tl-canvas').click({ position: { x: 1000, y: 420 } })
  await page.keyboard.press('n')
  await page.mouse.click(x, 600)
  await page.locator('[contenteditable="true"]:focus').waitFor()
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
}
