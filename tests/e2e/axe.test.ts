/**
 * axe-core on every page (issue 12 §3), in English and in Icelandic: home, admin, join, board, list
 * view, review, city page, publication and accessibility statement. Target: no critical and no serious
 * violation outside tldraw's own container (`.tl-container`); what axe finds inside it is listed in the
 * accessibility statement. Colour contrast (AA) is one of axe's checks, our city and kind colours included.
 */
import { existsSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { documentName } from '../../shared/protocol.ts'
import { launchBrowser, openPage, screenshot } from '../helpers/browser.ts'
import { newParticipant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let roomId: string
let joinLink: string

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer({ ACCESSIBILITY_CONTACT: 'access@nordicsafecities.org' })
  browser = await launchBrowser()
  const created = await server.createRoom({ title: 'Capital Room Reykjavík', hostCity: 'Reykjavík' })
  roomId = created.room.id
  joinLink = created.links.participant.reykjavik
  const fia = await server.join(created.invites.facilitator, 'Fia', 'secretariat')
  const board = await newParticipant(server.wsUrl, documentName(roomId, 'board'), fia.token)
  board.records.set('shape:night', frameRecord('night', 'Næturlíf', 0, 0, 600, 400))
  board.records.set('shape:a', {
    ...noteRecord('a', 'Ljós í almenningsgörðum', 20, 20, { kind: 'challenge' }),
    parentId: 'shape:night',
  })
  board.records.set('shape:b', noteRecord('b', 'Næturstrætó', 900, 0, { kind: 'next-step', ownerCity: 'helsinki' }))
  await board.acknowledged()
  board.destroy()
  expect(
    (
      await server.api(`/api/rooms/${roomId}/rounds`, {
        token: fia.token,
        body: { targets: ['shape:night', 'shape:b'], votesPerParticipant: 3, maxPerTarget: 2 },
      })
    ).status,
  ).toBe(201)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Critical and serious violations outside tldraw's container, as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.tl-container').analyze()
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
      ),
    )
}

describe('axe on every page', { timeout: 600_000 }, () => {
  for (const lang of ['en', 'is'] as const) {
    it(`${lang}: no critical or serious violations outside the canvas`, async () => {
      const { page, context } = await openPage(browser, server.url)
      const found: Record<string, string[]> = {}
      const check = async (name: string, url: string, ready: (page: Page) => Promise<unknown>) => {
        await page.goto(url)
        await ready(page)
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
        found[name] = await violations(page)
        await screenshot(page, `axe-${lang}-${name}`)
      }
      const q = `lang=${lang}`
      await check('home', `${server.url}/?${q}`, (p) => p.locator('main h1').waitFor())
      await check('admin', `${server.url}/admin?${q}#token=${server.adminToken}`, (p) =>
        p.getByTestId('room-row').first().waitFor(),
      )
      await check('join', `${joinLink}?${q}`, (p) => p.locator('#join-name').waitFor())
      await page.locator('#join-name').fill('Guðrún')
      const city = page.locator('#join-city')
      if (await city.count()) await city.selectOption('reykjavik')
      await page.locator('form[data-testid="join-form"] button[type="submit"]').click()
      await page.locator('.tl-canvas').waitFor({ timeout: 60_000 })
      await check('board', `${server.url}/rooms/${roomId}?${q}`, (p) =>
        p.locator('.tl-shape[data-shape-type="note"]').first().waitFor({ timeout: 60_000 }),
      )
      await check('list', `${server.url}/rooms/${roomId}/list?${q}`, (p) =>
        p.getByTestId('idea-item').first().waitFor({ timeout: 30_000 }),
      )
      await check('review', `${server.url}/rooms/${roomId}/review?${q}`, (p) =>
        p.locator('main').first().waitFor({ timeout: 90_000 }),
      )
      await check('city', `${server.url}/cities/oslo?${q}`, (p) => p.locator('main h1').first().waitFor())
      await check('publication', `${server.url}/publication?${q}`, (p) => p.locator('main h1').first().waitFor())
      await check('accessibility', `${server.url}/accessibility?${q}`, (p) =>
        p.getByTestId('accessibility-contact').waitFor(),
      )
      expect(await page.getByTestId('accessibility-contact').getAttribute('href')).toBe(
        'mailto:access@nordicsafecities.org',
      )
      expect(found).toEqual({
        home: [],
        admin: [],
        join: [],
        board: [],
        list: [],
        review: [],
        city: [],
        publication: [],
        accessibility: [],
      })
      await context.close()
    })
  }
})
