/**
 * After the room, in Chromium: a facilitator of the secretariat opens the review page, steps through
 * the snapshots, compares two, distils the latest, approves an entry and downloads the publication.
 * Screenshots in test-output/screenshots.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newParticipant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { caseCardRecord } from '../fixtures/boards.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let watched: WatchedPage
let page: Page
let snapshotIds: string[]

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const { room } = await server.createRoom({ title: 'Capital Room Copenhagen, spring' })
  const fia = await server.enrol(room.id, 'Fia', 'secretariat', 'facilitator')
  const api = (path: string, body?: unknown) => server.api(path, { token: fia.token, body })

  const board = await newParticipant(server.wsUrl, documentName(room.id, 'board'), fia.token)
  board.doc.transact(() => {
    board.records.set('shape:youth', frameRecord('youth', 'Youth at risk', 0, 0, 700, 300))
    board.records.set('shape:y1', {
      ...noteRecord('y1', 'Mentors for young people at risk', 20, 60, { kind: 'solution' }),
      parentId: 'shape:youth',
    })
    board.records.set('shape:y2', {
      ...noteRecord('y2', 'Youth clubs open late on weekends', 240, 60, { kind: 'solution' }),
      parentId: 'shape:youth',
    })
    board.records.set(
      'shape:step',
      noteRecord('step', 'Pilot a mentor programme in two districts', 0, 400, {
        kind: 'next-step',
        ownerCity: 'copenhagen',
      }),
    )
    board.records.set('shape:case', caseCardRecord('case', 'stockholm', 'Night-time safety in Tensta', 900, 0))
  })
  await board.acknowledged()
  const first = await api(`/api/rooms/${room.id}/snapshots`, { name: 'After the ideas round' })
  board.records.set('shape:y3', {
    ...noteRecord('y3', 'Street workers in the evening', 460, 60, { kind: 'solution' }),
    parentId: 'shape:youth',
  })
  board.records.delete('shape:y2')
  await board.acknowledged()
  const second = await api(`/api/rooms/${room.id}/snapshots`, { name: 'End of the day' })
  snapshotIds = [first.body.id, second.body.id]
  board.destroy()

  watched = await openPage(browser, server.url)
  page = watched.page
  await watched.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `capital-room:session:${room.id}`,
    fia.token,
  ] as const)
  await page.goto(`${server.url}/rooms/${room.id}/review`)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('reviewing a room', () => {
  it('steps through the snapshots on a read-only canvas', async () => {
    await expect.poll(() => page.getByTestId('snapshot-item').count(), { timeout: 15_000 }).toBe(2)
    await page
      .getByTestId('review-canvas')
      .locator('.tl-shape[data-shape-type="note"]')
      .first()
      .waitFor({ timeout: 15_000 })
    await page.getByTestId('snapshot-prev').click()
    await expect
      .poll(() => page.getByTestId('review-canvas').getByText('Youth clubs open late on weekends').count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0)
    await screenshot(page, '20-review-first-snapshot')
    await page.getByTestId('snapshot-next').click()
    await expect
      .poll(() => page.getByTestId('review-canvas').getByText('Street workers in the evening').count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0)
    expect(await page.getByTestId('review-canvas').getByText('Youth clubs open late on weekends').count()).toBe(0)
  })

  it("shows each case card in its city's colour, under the city's name", async () => {
    const { body } = await server.api('/api/config')
    const stockholm = body.affiliations.find((a: { id: string }) => a.id === 'stockholm')
    const band = page
      .getByTestId('review-canvas')
      .locator('[data-testid="case-card"][data-city="stockholm"] .case-card-band')
    await band.waitFor({ timeout: 15_000 })
    expect(await band.locator('span').first().textContent()).toBe(stockholm.name)
    // The band's colour, as the browser computed it, against the configured colour in the same notation.
    const colour = (css: string) =>
      band.evaluate((element, value) => {
        const probe = document.createElement('span')
        probe.style.color = value
        element.append(probe)
        const computed = getComputedStyle(probe).color
        probe.remove()
        return computed
      }, css)
    expect(await band.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      await colour(stockholm.color),
    )
  })

  it('compares two snapshots: what was added and removed, in a list and on the canvas', async () => {
    await page.getByTestId('compare-a').selectOption(snapshotIds[0])
    await page.getByTestId('compare-b').selectOption(snapshotIds[1])
    const list = page.getByTestId('diff-list')
    await expect.poll(() => list.textContent(), { timeout: 10_000 }).toContain('Street workers in the evening')
    expect(await list.textContent()).toContain('Youth clubs open late on weekends')
    expect(await page.getByTestId('diff-mark').count()).toBeGreaterThan(0)
    await screenshot(page, '21-review-compare')
  })

  it('distils the latest snapshot, approves an entry and downloads the publication', async () => {
    await page.getByTestId('distill').click()
    const entry = page.getByTestId('entry').filter({ hasText: 'Youth at risk' })
    await entry.waitFor({ timeout: 15_000 })
    await entry.getByTestId('entry-approve').click()
    await expect.poll(() => entry.getAttribute('data-status')).toBe('approved')
    expect(await page.getByTestId('next-step').filter({ hasText: 'Pilot a mentor programme' }).count()).toBe(1)
    await screenshot(page, '22-review-distilled')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('publication-md').click()])
    const markdown = await readFile((await download.path())!, 'utf8')
    expect(markdown).toContain('Youth at risk')
    expect(markdown).toContain('Street workers in the evening')
    expect(markdown).toContain('Pilot a mentor programme in two districts')
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('publication-pdf').click()])
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('logged no error and asked no other host for anything', () => {
    expect(watched.foreignRequests).toEqual([])
    expect(watched.consoleErrors).toEqual([])
  })
})
