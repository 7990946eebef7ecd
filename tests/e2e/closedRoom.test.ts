/**
 * Closing the room (issue 12 §7): an open board shows "This room is closed" at once and becomes
 * read-only, without a reload. Before, it stayed editable and what people typed was silently lost.
 */
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
const pages: WatchedPage[] = []

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const watched of pages) await watched.context.close().catch(() => {})
  await browser?.close()
  await server?.close()
})

describe('closing the room', () => {
  it('an open board shows "This room is closed" at once, without a reload', async () => {
    const { room, invites } = await server.createRoom()
    const sven = await server.join(invites.participant, 'Sven', 'stockholm')
    const watched = await openPage(browser, server.url)
    pages.push(watched)
    const { page } = watched
    await watched.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      `capital-room:session:${room.id}`,
      sven.token,
    ] as const)
    await page.goto(`${server.url}/rooms/${room.id}`)
    await page.locator('[data-testid="connection-status"]', { hasText: /^connected$/ }).waitFor({ timeout: 20_000 })
    await page.locator('.tl-canvas').waitFor()
    expect(await page.getByTestId('room-closed').count()).toBe(0)

    expect((await server.api(`/api/rooms/${room.id}/close`, { token: server.adminToken, body: {} })).status).toBe(200)
    await page.getByTestId('room-closed').waitFor({ timeout: 10_000 })
    expect(await page.getByTestId('room-closed').textContent()).toContain('This room is closed')
    await screenshot(page, 'room-closed-live')
  })
})
