/**
 * The secretariat page: a warning while the server runs without a tldraw licence key, and each room's
 * audit trail (names resolved, newest first) under the room.
 */
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot } from '../helpers/browser.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the secretariat page', () => {
  it('warns about the missing licence key and shows a room’s audit trail', async () => {
    const { room, invites } = await server.createRoom({ title: 'Audited room' })
    await server.join(invites.participant, 'Pia Participant', 'oslo')
    const watched = await openPage(browser, server.url)
    try {
      const { page } = watched
      await page.goto(`${server.url}/admin#token=${server.adminToken}`)
      await expect
        .poll(() => page.getByTestId('licence-warning').textContent(), { timeout: 20_000 })
        .toContain('TLDRAW_LICENSE_KEY')
      const row = page.locator(`[data-room-id="${room.id}"]`)
      await row.getByText('Audit trail').click()
      const table = row.getByTestId('audit-table')
      await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBe(2)
      expect(await table.locator('tbody tr').first().textContent()).toContain('participant.join')
      expect(await table.locator('tbody tr').first().textContent()).toContain('Pia Participant')
      expect(await table.locator('tbody tr').last().textContent()).toContain('room.create')
      await screenshot(page, 'admin-audit-trail')
      expect(watched.foreignRequests).toEqual([])
    } finally {
      await watched.context.close()
    }
  })
})
