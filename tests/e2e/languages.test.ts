/**
 * Six languages (issue 12 §4): the join page and the list view in sv, nb, da, fi and is, and the
 * secretariat's page and the facilitator's board with its panels open in sv and is, show none of our
 * English texts (the English messages, placeholders cut out, that the language translates
 * differently); an API error on the join page is said in the language, not in the server's English
 * message; `?lang=` sets the language and `<html lang>`, the picker's choice is remembered in the
 * browser, and the browser's own language is the default.
 */
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { messages } from '../../client/i18n/locales/index.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage, screenshot } from '../helpers/browser.ts'
import { englishOnPage } from '../helpers/englishText.ts'
import { newParticipant } from '../helpers/participant.ts'
import { caseCardRecord } from '../fixtures/boards.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

let server: TestServer
let browser: Browser
let link: string
let roomId: string

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const created = await server.createRoom({ title: 'Capital Room Reykjavík', hostCity: 'Reykjavík' })
  roomId = created.room.id
  link = created.links.participant.reykjavik
  // A board with a cluster, ideas (texts that are no English of ours), a case card, an open vote and a running timer.
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
  expect(
    (await server.api(`/api/rooms/${roomId}/timer`, { token: fia.token, body: { action: 'start', minutes: 10 } }))
      .status,
  ).toBe(200)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/**
 * A lobby room for the facilitator's board: two people waiting, a cluster, ideas, an empty case card
 * and an open vote. Returns the room and the facilitator's session.
 */
async function lobbyRoom(): Promise<{ roomId: string; token: string }> {
  const created = await server.createRoom({
    title: 'Höfuðborgarherbergið',
    hostCity: 'Reykjavík',
    location: 'Ráðhúsið',
    admission: 'lobby',
  })
  const roomId = created.room.id
  const fia = await server.enrol(roomId, 'Fía', 'secretariat', 'facilitator')
  await server.join(created.links.participant, 'Sigríður', 'oslo')
  await server.join(created.links.participant, 'Jónas', 'stockholm')
  const board = await newParticipant(server.wsUrl, documentName(roomId, 'board'), fia.token)
  board.records.set('shape:night', frameRecord('night', 'Næturlíf', 0, 0, 600, 400))
  board.records.set('shape:a', {
    ...noteRecord('a', 'Ljós í almenningsgörðum', 20, 60, { kind: 'challenge' }),
    parentId: 'shape:night',
  })
  board.records.set('shape:b', noteRecord('b', 'Næturstrætó', 700, 0, { kind: 'next-step', ownerCity: 'helsinki' }))
  // Ideas in no cluster that share words, for a suggested group.
  board.records.set('shape:c', noteRecord('c', 'Næturstrætó um helgar', 900, 0))
  board.records.set('shape:d', noteRecord('d', 'Næturstrætó fyrir ungt fólk um helgar', 1100, 0))
  const card = caseCardRecord('case', 'reykjavik', '', 0, 500)
  const empty = { title: '', challenge: '', context: '', tried: '', results: '', lessons: '' }
  board.records.set('shape:case', { ...card, props: { ...card.props, ...empty } })
  await board.acknowledged()
  board.destroy()
  const started = await server.api(`/api/rooms/${roomId}/rounds`, {
    token: fia.token,
    body: { targets: ['shape:night', 'shape:b'], votesPerParticipant: 3, maxPerTarget: 2 },
  })
  expect(started.status).toBe(201)
  return { roomId, token: fia.token }
}

describe('languages', { timeout: 120_000 }, () => {
  for (const language of ['sv', 'nb', 'da', 'fi', 'is'] as const) {
    it(`${language}: the join page and the list view show no English text of ours`, async () => {
      const { page, context } = await openPage(browser, server.url)
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`${link}?lang=${language}`)
      await page.locator('#join-name').waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
      expect(await englishOnPage(page, language)).toEqual([])
      await screenshot(page, `lang-${language}-join`)

      await page.locator('#join-name').fill('Guðrún')
      const city = page.locator('#join-city')
      if (await city.count()) await city.selectOption('reykjavik')
      await page.locator('form[data-testid="join-form"] button[type="submit"]').click()
      await page.waitForURL(/\/list$/, { timeout: 20_000 })
      await page.getByTestId('idea-item').first().waitFor({ timeout: 20_000 })
      await page.getByTestId('dots-left').waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
      expect(await englishOnPage(page, language)).toEqual([])
      await page.getByTestId('case-card-edit').click()
      expect(await englishOnPage(page, language)).toEqual([])
      await page.screenshot({ path: `test-output/screenshots/lang-${language}-list.png`, fullPage: true })
      await context.close()
    })
  }

  it("sv, nb, da, fi, is: the join page says an unknown invite link's error in the language, not the server's English", async () => {
    const { page, context } = await openPage(browser, server.url)
    for (const language of ['sv', 'nb', 'da', 'fi', 'is'] as const) {
      await page.goto(`${server.url}/join/no-such-invite?lang=${language}`)
      const notice = page.getByTestId('invite-error')
      await notice.waitFor()
      const { join, errors } = messages[language]
      // The whole notice, so no word of the server's message ("This invite link is not valid…") is in it.
      // (englishOnPage would take Danish "et nyt link" for the English word "link".)
      expect(await notice.textContent()).toBe(join.inviteError.replace('{{error}}', errors.invite_not_found))
    }
    await context.close()
  })

  for (const language of ['sv', 'is'] as const) {
    it(`${language}: the secretariat's page, with a room's links, roster, people and audit trail open, shows no English text of ours`, async () => {
      const { page, context } = await openPage(browser, server.url)
      await page.goto(`${server.url}/admin?lang=${language}#token=${server.adminToken}`)
      const row = page.locator(`[data-room-id="${roomId}"]`)
      await row.waitFor({ timeout: 20_000 })
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
      for (const summary of await row.locator('details > summary').all()) await summary.click()
      await row.getByTestId('roster-entry').first().waitFor({ timeout: 20_000 })
      await row.getByTestId('participants-table').waitFor({ timeout: 20_000 })
      await row.getByTestId('audit-table').waitFor({ timeout: 20_000 })
      expect(await englishOnPage(page, language)).toEqual([])
      await page.screenshot({ path: `test-output/screenshots/lang-${language}-admin.png`, fullPage: true })
      await context.close()
    })

    it(`${language}: the facilitator's board, with the voting, lobby, cluster and earlier next steps panels, shows no English text of ours`, async () => {
      const { roomId: lobbyRoomId, token } = await lobbyRoom()
      const { page, context } = await openPage(browser, server.url)
      await page.setViewportSize({ width: 1440, height: 900 })
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        `capital-room:session:${lobbyRoomId}`,
        token,
      ] as const)
      await page.goto(`${server.url}/rooms/${lobbyRoomId}?lang=${language}`)
      await page.getByTestId('open-round').waitFor({ timeout: 30_000 })
      await page.getByTestId('lobby-waiting').first().waitFor({ timeout: 20_000 })
      await page.getByTestId('case-card').waitFor({ timeout: 20_000 })
      await page.getByTestId('lobby-panel').locator('details > summary').click()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language)
      // tldraw's own menus are tldraw's (English in Icelandic, by design): englishOnPage leaves them out.
      expect(await englishOnPage(page, language)).toEqual([])
      await screenshot(page, `lang-${language}-board-vote`)

      // "Results since last room": the earlier rooms' next steps, for everyone.
      await page.getByTestId('phase-next').click()
      await page.locator('[data-testid="previous-next-steps"][data-loaded="true"]').waitFor()
      expect(await englishOnPage(page, language)).toEqual([])

      await page.getByTestId('suggest-clusters').click()
      await page.getByTestId('suggestions-dialog').waitFor()
      await page.getByTestId('suggestion-group').first().waitFor()
      expect(await englishOnPage(page, language)).toEqual([])
      await page.getByTestId('cancel-suggestions').click()

      await page.getByTestId('take-snapshot').click()
      await page.getByTestId('snapshot-result').waitFor({ timeout: 20_000 })
      expect(await englishOnPage(page, language)).toEqual([])

      // The results after the reveal, and the form for the next vote.
      await page.getByTestId('vote-close').click()
      await page.getByTestId('results-panel').waitFor({ timeout: 20_000 })
      await page.getByTestId('voting-panel').locator('details > summary').click()
      await page.getByTestId('start-vote-form').waitFor()
      expect(await englishOnPage(page, language)).toEqual([])
      await screenshot(page, `lang-${language}-board-results`)
      await context.close()
    })
  }

  it('the picker switches the language, and the browser remembers it; the browser language is the default', async () => {
    const { page, context } = await openPage(browser, server.url)
    await page.goto(link)
    await page.locator('#join-name').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.getByTestId('language-picker').selectOption('is')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('is')
    expect(await page.locator('label[for="join-name"]').textContent()).toBe(messages.is.join.name)
    await page.reload()
    await page.locator('#join-name').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('is')
    await context.close()

    const swedish = await browser.newContext({ locale: 'sv-SE' })
    const svPage = await swedish.newPage()
    await svPage.goto(link)
    await svPage.locator('#join-name').waitFor()
    expect(await svPage.evaluate(() => document.documentElement.lang)).toBe('sv')
    expect(await svPage.locator('label[for="join-name"]').textContent()).toBe(messages.sv.join.name)
    await swedish.close()
  })
})
