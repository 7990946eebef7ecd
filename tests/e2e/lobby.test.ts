/**
 * Issue 16 acceptance 3, in Chromium: two people join a lobby room through their cities' links and
 * wait; the facilitator admits both from the lobby panel, then removes one, whose page then says they
 * were removed (the server closed their socket with 4410 `removed`).
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newServer, type TestInvites, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let links: TestInvites
let roomId: string
const pages: WatchedPage[] = []

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const created = await server.createRoom({ title: 'Capital Room Oslo, lobby', admission: 'lobby' })
  links = created.links
  roomId = created.room.id
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function joinThrough(link: string, name: string): Promise<Page> {
  const watched = await openPage(browser, server.url)
  pages.push(watched)
  await watched.page.goto(link)
  await watched.page.getByLabel('Your name').fill(name)
  await watched.page.getByRole('button', { name: 'Join the room' }).click()
  await watched.page.getByTestId('waiting-notice').waitFor({ timeout: 30_000 })
  return watched.page
}

async function openAsFacilitator(): Promise<Page> {
  const { token } = await server.join(links.facilitator, 'Fia', 'expert')
  const watched = await openPage(browser, server.url)
  pages.push(watched)
  await watched.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `capital-room:session:${roomId}`,
    token,
  ] as const)
  await watched.page.goto(`${server.url}/rooms/${roomId}`)
  await watched.page.getByTestId('lobby-panel').waitFor({ timeout: 30_000 })
  return watched.page
}

describe('the lobby in a browser', () => {
  it('a facilitator admits two waiting participants, removes one, and that one is told they were removed', async () => {
    const astrid = await joinThrough(links.participant.stockholm, 'Astrid')
    const bjorn = await joinThrough(links.participant.oslo, 'Bjørn')
    const fia = await openAsFacilitator()

    const lobby = fia.getByTestId('lobby-panel')
    await expect.poll(() => lobby.getByTestId('lobby-waiting').count(), { timeout: 15_000 }).toBe(2)
    await screenshot(fia, 'lobby-01-waiting')
    await lobby.getByRole('button', { name: 'Admit Astrid' }).click()
    await lobby.getByRole('button', { name: 'Admit all from Oslo' }).click()
    await expect.poll(() => lobby.getByTestId('lobby-waiting').count(), { timeout: 15_000 }).toBe(0)
    // Admitted: their pages stop saying they wait.
    for (const page of [astrid, bjorn])
      await page.getByTestId('waiting-notice').waitFor({ state: 'detached', timeout: 20_000 })

    fia.on('dialog', (dialog) => void dialog.accept())
    await lobby.getByText(/^In the room/).click()
    await lobby.getByRole('button', { name: 'Remove Bjørn' }).click()
    await bjorn.getByText('You were removed from this room').waitFor({ timeout: 10_000 })
    await screenshot(bjorn, 'lobby-02-removed')
    // Astrid stays in: her board is still connected.
    expect(await astrid.getByTestId('removed-notice').count()).toBe(0)
    expect(await astrid.getByTestId('connection-status').textContent()).toMatch(/connected/i)
  }, 180_000)

  it('no page asked another host for anything or logged an unexpected error', () => {
    for (const { foreignRequests, consoleErrors } of pages) {
      expect(foreignRequests).toEqual([])
      // The removed page's socket was closed by the server on purpose; nothing else may be logged.
      expect(consoleErrors.filter((e) => !/4410|removed|WebSocket/i.test(e))).toEqual([])
    }
  })
})
