/**
 * After the room, in Swedish and Icelandic (issue 12 §4 and §7 "The review"): the review page, a city
 * page, the publication page and the accessibility statement show none of our English texts (names, room titles and idea texts
 * aside); their dates are the chosen language's Intl format (never ISO); the automatic snapshot is
 * named after the phase that ended, in the language; a case card on the review canvas shows its city's
 * name and colour; and the publication (preview and download) follows the language chosen on the page.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../client/i18n/locales/index.ts'
import { CONTROL_KEY } from '../../shared/control.ts'
import { documentName } from '../../shared/protocol.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { caseCardRecord } from '../fixtures/boards.ts'
import { launchBrowser, openPage, screenshot } from '../helpers/browser.ts'
import { englishOnPage, pageText } from '../helpers/englishText.ts'
import { newParticipant } from '../helpers/participant.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const ROOM_DATE = '2027-03-18'

let server: TestServer
let browser: Browser
let roomId: string
let fiaToken: string
let stockholmColour: string
let step: { startedAt: string; signedOffBy: { at: string }; progressNotes: { at: string }[] }
let phaseSnapshot: { takenAt: string; ideas: { total: number } }

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  server = await newServer()
  browser = await launchBrowser()
  const { room } = await server.createRoom({ title: 'Capital Room Reykjavík', hostCity: 'Reykjavík', date: ROOM_DATE })
  roomId = room.id
  const fia = await server.enrol(roomId, 'Fia', 'secretariat', 'facilitator')
  fiaToken = fia.token
  const api = (path: string, body?: unknown, method?: string) => server.api(path, { token: fia.token, body, method })
  stockholmColour = (await server.api('/api/config')).body.affiliations.find(
    (a: { id: string }) => a.id === 'stockholm',
  ).color

  // A board in Icelandic words (none of them English of ours): a cluster, ideas, a next step, a case card.
  const board = await newParticipant(server.wsUrl, documentName(roomId, 'board'), fia.token)
  board.doc.transact(() => {
    board.records.set('shape:night', frameRecord('night', 'Næturlíf', 0, 0, 700, 300))
    board.records.set('shape:a', {
      ...noteRecord('a', 'Ljós í almenningsgörðum', 20, 60, { kind: 'solution' }),
      parentId: 'shape:night',
    })
    board.records.set('shape:b', {
      ...noteRecord('b', 'Næturvaktir í miðbænum', 240, 60, { kind: 'solution' }),
      parentId: 'shape:night',
    })
    board.records.set(
      'shape:step',
      noteRecord('step', 'Næturstrætó um helgar', 0, 400, { kind: 'next-step', ownerCity: 'reykjavik' }),
    )
    const card = caseCardRecord('case', 'stockholm', 'Öryggi á kvöldin', 900, 0)
    board.records.set('shape:case', {
      ...card,
      props: {
        ...card.props,
        challenge: 'Ótti',
        context: 'Borgin',
        tried: 'Gangar',
        results: 'Betra',
        lessons: 'Hlusta',
      },
    })
  })
  await board.acknowledged()
  board.destroy()

  // The phase moves on: the server takes the automatic snapshot of the phase that ended (Welcome).
  const control = await newParticipant(server.wsUrl, documentName(roomId, 'control'), fia.token)
  control.doc.getMap(CONTROL_KEY).set('phase', 1)
  phaseSnapshot = await eventually(
    async () => {
      const { body } = await api(`/api/rooms/${roomId}/snapshots`)
      const found = body.snapshots.find((s: { reason: string }) => s.reason === 'phase')
      expect(found).toBeTruthy()
      return found
    },
    { timeout: 10_000 },
  )
  control.destroy()

  // Distilled, an entry approved, the next step started, noted and signed off: dates on every page.
  const manual = await api(`/api/rooms/${roomId}/snapshots`, { name: 'Ný hugmynd' })
  const { body: distilled } = await api(`/api/snapshots/${manual.body.id}/distill`, {})
  expect((await api(`/api/entries/${distilled.entries[0].id}`, { action: 'approve' }, 'PATCH')).status).toBe(200)
  const stepId = distilled.nextSteps[0].id
  await api(`/api/next-steps/${stepId}`, { action: 'status', status: 'in-progress' }, 'PATCH')
  await api(`/api/next-steps/${stepId}`, { action: 'note', text: 'Tilraun hafin' }, 'PATCH')
  step = (await api(`/api/next-steps/${stepId}`, { action: 'sign-off' }, 'PATCH')).body.nextStep
  expect(step.signedOffBy).toBeTruthy()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A date or time as our pages must show it in `language`: Intl's form in the browser (its fallback where it lacks the language). */
function shown(page: Page, value: string, language: string, kind: 'date' | 'time' | 'dateTime'): Promise<string> {
  return page.evaluate(
    ([value, language, kind]) => {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value)
      const pad = (n: number) => String(n).padStart(2, '0')
      const numericDate = `${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}`
      const numericTime = `${pad(date.getHours())}:${pad(date.getMinutes())}`
      if (Intl.DateTimeFormat.supportedLocalesOf([language]).length === 0)
        return kind === 'date' ? numericDate : kind === 'time' ? numericTime : `${numericDate} ${numericTime}`
      const options: Intl.DateTimeFormatOptions =
        kind === 'date'
          ? { dateStyle: 'long' }
          : kind === 'time'
            ? { hour: '2-digit', minute: '2-digit' }
            : { dateStyle: 'medium', timeStyle: 'short' }
      return new Intl.DateTimeFormat(language, options).format(date)
    },
    [value, language, kind] as const,
  )
}

/** Dates are never shown as ISO (2027-03-18) or in English (18 March 2027). */
async function expectNoIsoDates(page: Page) {
  expect((await pageText(page)).match(/\d{4}-\d{2}-\d{2}/g)).toBeNull()
}

async function signedInPage() {
  const watched = await openPage(browser, server.url)
  await watched.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `capital-room:session:${roomId}`,
    fiaToken,
  ] as const)
  return watched
}

describe('after the room, in other languages', { timeout: 180_000 }, () => {
  for (const language of ['sv', 'is'] as const) {
    const m = messages[language]

    it(`${language}: the review page is in ${language}, with its dates, snapshot names and case cards`, async () => {
      const { page, context } = await signedInPage()
      await page.goto(`${server.url}/rooms/${roomId}/review?lang=${language}`)
      await expect.poll(() => page.getByTestId('snapshot-item').count(), { timeout: 30_000 }).toBe(2)
      await page.getByTestId('entry').first().waitFor({ timeout: 15_000 })
      await page.getByTestId('next-step').first().waitFor()
      const band = page
        .getByTestId('review-canvas')
        .locator('[data-testid="case-card"][data-city="stockholm"] .case-card-band')
      await band.waitFor({ timeout: 30_000 })
      await page.getByTestId('compare-a').selectOption({ index: 1 })
      await page.getByTestId('diff-list').waitFor()
      await screenshot(page, `after-room-${language}-review`)

      expect(await englishOnPage(page, language)).toEqual([])
      await expectNoIsoDates(page)
      expect(await page.locator('.top-bar-title').textContent()).toContain(
        await shown(page, ROOM_DATE, language, 'date'),
      )
      const phaseItem = page.getByTestId('snapshot-item').first()
      expect(await phaseItem.locator('strong').textContent()).toBe(
        m.review.snapshots[phaseSnapshot.ideas.total === 1 ? 'endOf_one' : 'endOf_other']
          .replace('{{phase}}', m.phases.p0)
          .replace('{{count}}', String(phaseSnapshot.ideas.total)),
      )
      const time = phaseItem.getByTestId('snapshot-time')
      expect(await time.textContent()).toBe(await shown(page, phaseSnapshot.takenAt, language, 'time'))
      expect(await time.getAttribute('title')).toBe(await shown(page, phaseSnapshot.takenAt, language, 'dateTime'))
      expect(await page.getByTestId('next-step').first().textContent()).toContain(
        await shown(page, step.signedOffBy.at, language, 'date'),
      )

      // The case card: its city's name (not the id "stockholm") in its city's colour.
      expect(await band.locator('span').first().textContent()).toBe('Stockholm')
      const colour = await band.evaluate((element, css) => {
        const probe = document.createElement('span')
        probe.style.color = css
        element.append(probe)
        const computed = getComputedStyle(probe).color
        probe.remove()
        return [getComputedStyle(element).backgroundColor, computed]
      }, stockholmColour)
      expect(colour[0]).toBe(colour[1])
      await context.close()
    })

    it(`${language}: a city page is in ${language}, with its dates`, async () => {
      const { page, context } = await signedInPage()
      await page.goto(`${server.url}/cities/reykjavik?lang=${language}`)
      await page.getByTestId('city-step').first().waitFor({ timeout: 15_000 })
      await screenshot(page, `after-room-${language}-city`)
      expect(await englishOnPage(page, language)).toEqual([])
      await expectNoIsoDates(page)
      const text = await pageText(page)
      expect(text).toContain(await shown(page, ROOM_DATE, language, 'date'))
      expect(text).toContain(await shown(page, step.startedAt, language, 'date'))
      expect(text).toContain(await shown(page, step.progressNotes[0].at, language, 'date'))
      await context.close()
    })

    it(`${language}: the publication page and its publication are in ${language}, and follow the picker`, async () => {
      const { page, context } = await signedInPage()
      await page.goto(`${server.url}/publication?lang=${language}`)
      const preview = page.frameLocator('[data-testid="publication-preview"]')
      await expect.poll(() => preview.locator('html').getAttribute('lang'), { timeout: 30_000 }).toBe(language)
      await screenshot(page, `after-room-${language}-publication`)
      expect(await englishOnPage(page, language)).toEqual([])
      await expectNoIsoDates(page)
      expect(await page.getByTestId('publication-room').locator('..').textContent()).toContain(
        await shown(page, ROOM_DATE, language, 'date'),
      )
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-html').click()])
      expect(await readFile((await download.path())!, 'utf8')).toContain(`<html lang="${language}">`)

      // Another language chosen on the page (the address still says ?lang=): preview and download follow it.
      const other = language === 'sv' ? 'da' : 'fi'
      await page.getByTestId('language-picker').selectOption(other)
      await expect.poll(() => preview.locator('html').getAttribute('lang'), { timeout: 30_000 }).toBe(other)
      const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-html').click()])
      expect(await readFile((await again.path())!, 'utf8')).toContain(`<html lang="${other}">`)
      await context.close()
    })

    it(`${language}: the accessibility statement is in ${language}`, async () => {
      const { page, context } = await openPage(browser, server.url)
      await page.goto(`${server.url}/accessibility?lang=${language}`)
      await page.getByTestId('accessibility-statement').waitFor()
      expect(await englishOnPage(page, language)).toEqual([])
      await context.close()
    })
  }
})
