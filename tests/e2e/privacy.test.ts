/**
 * The secretariat page's data protection controls in Chromium: a room shows its deleteAfter date and
 * the date can be changed; its people are listed with "Export data" (a JSON download) and "Erase"
 * (only after the confirmation is accepted: dismissing it erases nothing); "Purge now" purges it.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage } from '../helpers/browser.ts'
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

describe('admin page: people and data retention', () => {
  it('changes deleteAfter, exports a person, erases only after confirmation, and purges', async () => {
    const { room, invites } = await server.createRoom({ title: 'Privacy room', date: '2027-05-04' })
    const zelda = await server.join(invites.participant, 'Zelda Erasable', 'stockholm')
    const { page, consoleErrors, foreignRequests } = await openPage(browser, server.url)
    await page.goto(`${server.url}/admin#token=${server.adminToken}`)
    const row = page.locator(`[data-room-id="${room.id}"]`)
    await row.getByText('People and data retention').click()
    // In the page's language (English here), as every date: not the ISO form the API answers.
    await expect.poll(() => row.getByTestId('delete-after').textContent()).toContain('May 3, 2028')
    expect(await row.getByTestId('delete-after').locator('time').getAttribute('datetime')).toBe('2028-05-03')

    await row.getByLabel('Delete after').fill('2029-01-31')
    await row.getByRole('button', { name: 'Change date' }).click()
    await expect
      .poll(() => row.getByTestId('delete-after').textContent(), { timeout: 10_000 })
      .toContain('January 31, 2029')

    const download = page.waitForEvent('download')
    await row.getByRole('button', { name: 'Export data of Zelda Erasable' }).click()
    const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8'))
    expect(exported.profile).toMatchObject({ id: zelda.participant.id, name: 'Zelda Erasable' })

    page.once('dialog', (dialog) => void dialog.dismiss())
    await row.getByRole('button', { name: 'Erase Zelda Erasable' }).click()

    page.once('dialog', (dialog) => void dialog.accept())
    await row.getByRole('button', { name: 'Erase Zelda Erasable' }).click()
    // Had the dismissed click erased her, this second erasure would fail (404) instead.
    await expect.poll(() => row.getByTestId('privacy-notice').textContent(), { timeout: 20_000 }).toContain('Erased')
    await expect
      .poll(() => row.getByRole('button', { name: 'Erase Zelda Erasable' }).count(), { timeout: 10_000 })
      .toBe(0)
    expect((await server.api('/api/session', { token: zelda.token })).status).toBe(401)

    page.once('dialog', (dialog) => void dialog.accept())
    await row.getByRole('button', { name: 'Purge now' }).click()
    await expect.poll(() => row.getByTestId('room-status').textContent(), { timeout: 20_000 }).toBe('purged')
    await expect.poll(() => row.getByTestId('room-purged').isVisible(), { timeout: 10_000 }).toBe(true)
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
  })
})
