/**
 * A facilitator and two participants in Chromium: a phase change and the timer are seen by all; a
 * vote round runs end to end with the per-city result visible to everyone; a cluster suggestion is
 * previewed and accepted. The board's ideas are written through a provider (as an integration would)
 * so that this test is about facilitation, not note editing. Screenshots in test-output/screenshots.
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../helpers/browser.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let seeder: Participant
const pages: WatchedPage[] = []
let fia: Page
let sven: Page
let olga: Page

/** Opens the board as someone who already joined (the session token is where the join page puts it). */
async function openBoard(roomId: string, token: string): Promise<Page> {
  const watched = await openPage(browser, server.url)
  pages.push(watched)
  await watched.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [`capital-room:session:${roomId}`, token] as const)
  await watched.page.goto(`${server.url}/rooms/${roomId}`)
  await watched.page.locator('[data-testid="connection-status"]', { hasText: /^connected$/ }).waitFor({ timeout: 20_000 })
  await watched.page.locator('.tl-canvas').waitFor()
  return watched.page
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent()

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`)) throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const { room, invites } = await server.createRoom({ title: 'Capital Room Helsinki, autumn' })
  const facilitator = await server.enrol(room.id, 'Fia', 'secretariat', 'facilitator')
  const p1 = await server.join(invites.participant, 'Sven', 'stockholm')
  const p2 = await server.join(invites.participant, 'Olga', 'oslo')

  seeder = await newParticipant(server.wsUrl, documentName(room.id, 'board'), facilitator.token)
  const ideas: [string, string, string | null, number, number][] = [
    ['s1', 'Teachers trained to spot radicalisation', 'shape:schools', 20, 60],
    ['s2', 'A prevention contact person in every school', 'shape:schools', 240, 60],
    ['f1', 'Helpline for worried parents', 'shape:families', 20, 60],
    ['f2', 'Parent groups run by social services', 'shape:families', 240, 60],
    ['u1', 'Mentors for young people leaving extremist groups', null, 0, 700],
    ['u2', 'Mentor programme for youth leaving extremism', null, 220, 700],
    ['u3', 'Monitoring hate speech on social media', null, 440, 700],
    ['u4', 'Social media monitoring of online hate speech', null, 660, 700],
  ]
  seeder.doc.transact(() => {
    seeder.records.set('shape:schools', frameRecord('schools', 'Schools', 0, 0, 480, 300))
    seeder.records.set('shape:families', frameRecord('families', 'Families', 560, 0, 480, 300))
    for (const [id, body, parent, x, y] of ideas) {
      seeder.records.set(`shape:${id}`, { ...noteRecord(id, body, x, y, { kind: 'solution' }), ...(parent ? { parentId: parent } : {}) })
    }
  })
  await seeder.acknowledged()

  fia = await openBoard(room.id, facilitator.token)
  sven = await openBoard(room.id, p1.token)
  olga = await openBoard(room.id, p2.token)
})

afterAll(async () => {
  seeder?.destroy()
  await browser?.close()
  await server?.close()
})

describe('facilitation in a browser', () => {
  it('a phase change and the timer are seen by all', async () => {
    expect(await text(sven, 'phase-name')).toBe('Welcome')
    await fia.getByTestId('phase-next').click()
    // Three Chromium pages share two cores here: give each a few seconds rather than poll's default of one.
    for (const page of [fia, sven, olga]) await expect.poll(() => text(page, 'phase-name'), { timeout: 5000 }).toBe('Results since last room')

    await fia.getByTestId('timer-minutes').fill('5')
    await fia.getByTestId('timer-start').click()
    for (const page of [sven, olga]) await expect.poll(() => text(page, 'timer'), { timeout: 5000 }).toMatch(/^0?4:5\d|^0?5:00/)
    await screenshot(sven, '10-participant-phase-and-timer')
  })

  it('runs a vote round end to end, secret until closed, with no city shown below the minimum group size', async () => {
    await fia.getByTestId('vote-start').click()
    const target = (page: Page, id: string) => page.locator(`[data-testid="vote-target"][data-target-id="${id}"]`)
    await target(sven, 'shape:schools').waitFor({ timeout: 10_000 })
    await target(sven, 'shape:schools').getByTestId('vote-plus').click()
    await expect.poll(() => target(sven, 'shape:schools').getAttribute('data-mine')).toBe('1')
    await target(sven, 'shape:schools').getByTestId('vote-plus').click()
    await expect.poll(() => target(sven, 'shape:schools').getAttribute('data-mine')).toBe('2')
    await target(sven, 'shape:families').getByTestId('vote-plus').click()
    await expect.poll(() => sven.getByTestId('vote-remaining').getAttribute('data-remaining')).toBe('0')
    await target(olga, 'shape:families').waitFor()
    await target(olga, 'shape:families').getByTestId('vote-plus').click()
    await expect.poll(() => target(olga, 'shape:families').getAttribute('data-mine')).toBe('1')

    // While the round is open nobody sees a result or another person's dots.
    for (const page of [fia, sven, olga]) expect(await page.getByTestId('results-panel').count()).toBe(0)
    expect(await target(olga, 'shape:schools').getAttribute('data-mine')).toBe('0')
    await screenshot(sven, '11-participant-voting')

    await fia.getByTestId('vote-close').click()
    for (const page of [fia, sven, olga]) {
      await page.getByTestId('results-panel').waitFor({ timeout: 10_000 })
      await expect.poll(() => page.locator('[data-testid="result-row"][data-target-id="shape:schools"]').getAttribute('data-total')).toBe('2')
      await expect.poll(() => page.locator('[data-testid="result-row"][data-target-id="shape:families"]').getAttribute('data-total')).toBe('2')
    }
    // One voter from Stockholm and one from Oslo: fewer than MIN_GROUP_SIZE (3) each, and together too, so
    // no city's dots are shown, neither apart nor pooled as "other", and a voter's choice is not revealed.
    const results = await olga.getByTestId('results-panel').textContent()
    expect(results).not.toMatch(/Stockholm|Oslo/)
    await olga.locator('.tl-canvas').click({ position: { x: 700, y: 500 } })
    await olga.keyboard.press('Shift+1')
    await screenshot(olga, '12-results-per-city')
  })

  it('previews a cluster suggestion and accepts it: new titled frames hold the ideas', async () => {
    const frames = (page: Page) => page.locator('.tl-shape[data-shape-type="frame"]').count()
    const before = await frames(sven)
    await fia.getByTestId('suggest-clusters').click()
    await fia.getByTestId('suggestions-dialog').waitFor({ timeout: 10_000 })
    const groups = await fia.getByTestId('suggestion-group').count()
    expect(groups).toBeGreaterThanOrEqual(2)
    // Each group says why its ideas belong together ("mentors · exit programmes").
    const explanations = await fia.getByTestId('suggestion-explanation').allTextContents()
    expect(explanations).toHaveLength(groups)
    for (const explanation of explanations) expect(explanation.replace('Shared: ', '').trim()).not.toBe('')
    expect(await frames(sven)).toBe(before) // nothing moved before acceptance
    await screenshot(fia, '13-cluster-suggestions')
    await fia.getByTestId('accept-suggestions').click()
    await expect.poll(() => frames(sven), { timeout: 10_000 }).toBe(before + groups)
    await sven.locator('.tl-canvas').click({ position: { x: 700, y: 500 } })
    await sven.keyboard.press('Shift+1') // tldraw: zoom to fit
    await expect.poll(() => seeder.records.get('shape:u1')?.parentId).toMatch(/^shape:/)
    expect(seeder.records.get('shape:u1').parentId).toBe(seeder.records.get('shape:u2').parentId)
    await screenshot(sven, '14-clusters-accepted')
  })

  it('no page logged an error or asked another host for anything', () => {
    for (const { consoleErrors, foreignRequests } of pages) {
      expect(foreignRequests).toEqual([])
      expect(consoleErrors).toEqual([])
    }
  })
})
