/**
 * Over HTTPS on a host name that is not a loopback address, tldraw's licence check fails without a
 * valid key (tldraw would blank the board after 5 s and call its CDN). In Chromium, on
 * https://capitalroom.test (mapped to 127.0.0.1, self-signed certificate): a participant opening the
 * board gets the list view with a notice naming TLDRAW_LICENSE_KEY and the ideas written before, and
 * no request of the page goes to any other origin. Once with no key (tldraw is never mounted), once
 * with an invalid one (tldraw's LicenseManager reports `unlicensed-production`).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { documentName } from '../../shared/protocol.ts'
import { launchBrowser, openPage, screenshot } from '../helpers/browser.ts'
import { newParticipant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'
import { selfSignedCertificate } from '../helpers/tls.ts'

const HOST = 'capitalroom.test'

/** Node's side of the test trusts any certificate: what is under test is the browser's page. */
class InsecureWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { rejectUnauthorized: false })
  }
}

let dir: string
let certificate: { certFile: string; keyFile: string }
let browser: Browser

beforeAll(async () => {
  if (!existsSync(`${CLIENT_DIR}/index.html`))
    throw new Error('The client is not built: run `npm run build` (npm test does)')
  dir = await mkdtemp(path.join(tmpdir(), 'capital-room-licence-'))
  certificate = await selfSignedCertificate(dir, HOST)
  browser = await launchBrowser([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`, '--ignore-certificate-errors'])
})
afterAll(async () => {
  await browser?.close()
  await rm(dir, { recursive: true, force: true })
})

/** A TLS server, a room with ideas written before over wss, and the participant invite link on HOST. */
async function roomWithIdeas(env: Record<string, string>): Promise<{ server: TestServer; link: string }> {
  const server = await newServer({ TLS_CERT_FILE: certificate.certFile, TLS_KEY_FILE: certificate.keyFile, ...env })
  const original = process.env.NODE_TLS_REJECT_UNAUTHORIZED
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' // the test server's own self-signed certificate
  try {
    const { room, invites } = await server.createRoom()
    const writer = await server.join(invites.facilitator, 'Fia', 'oslo')
    const board = await newParticipant(
      `wss://127.0.0.1:${server.port}/collab`,
      documentName(room.id, 'board'),
      writer.token,
      { WebSocketPolyfill: InsecureWebSocket },
    )
    board.records.set('shape:one', noteRecord('one', 'Mentors for young people at risk', 0, 0, { kind: 'solution' }))
    board.records.set(
      'shape:two',
      noteRecord('two', 'Parents do not know where to turn', 300, 0, { kind: 'challenge' }),
    )
    await board.acknowledged()
    board.destroy()
    return { server, link: `https://${HOST}:${server.port}/join/${invites.participant.stockholm}` }
  } catch (error) {
    await server.close()
    throw error
  } finally {
    if (original === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = original
  }
}

async function openBoardAsParticipant(link: string, shot: string) {
  const watched = await openPage(browser, link)
  const requests: string[] = []
  watched.page.on('request', (request) => requests.push(request.url()))
  try {
    const { page } = watched
    await page.goto(link)
    await page.getByLabel('Your name').fill('Pia')
    await page.getByRole('button', { name: 'Join the room' }).click()
    const notice = page.getByTestId('licence-notice')
    await notice.waitFor({ timeout: 60_000 }).catch(async (error) => {
      await screenshot(page, `${shot}-failed`)
      throw new Error(`${error.message}\nat ${page.url()}\nconsole: ${watched.consoleErrors.join('\n')}`)
    })
    await expect
      .poll(() => page.getByText('Mentors for young people at risk').count(), { timeout: 20_000 })
      .toBeGreaterThan(0)
    await expect.poll(() => page.getByText('Parents do not know where to turn').count()).toBeGreaterThan(0)
    await screenshot(page, shot)
    return {
      url: page.url(),
      notice: (await notice.textContent()) ?? '',
      requests,
      foreign: watched.foreignRequests,
      errors: watched.consoleErrors,
    }
  } finally {
    await watched.context.close()
  }
}

describe('HTTPS on a public host name without a valid tldraw licence', () => {
  it('with no key: the board opens as the list view with the notice, and nothing leaves the origin', async () => {
    const { server, link } = await roomWithIdeas({})
    try {
      const seen = await openBoardAsParticipant(link, 'licence-missing-list-view')
      expect(new URL(seen.url).pathname).toMatch(/^\/rooms\/[^/]+\/list$/)
      expect(new URL(seen.url).searchParams.get('licence')).toBe('missing')
      expect(seen.notice).toContain('TLDRAW_LICENSE_KEY')
      expect(seen.notice).toContain('secretariat')
      expect(seen.requests.length).toBeGreaterThan(3)
      expect(
        seen.requests.filter(
          (url) =>
            !url.startsWith(`https://${HOST}:${server.port}/`) &&
            !url.startsWith(`wss://${HOST}:${server.port}/`) &&
            !url.startsWith('data:'),
        ),
      ).toEqual([])
      expect(seen.foreign).toEqual([])
    } finally {
      await server.close()
    }
  }, 150_000)

  it('with an invalid key: tldraw reports unlicensed-production, the page switches to the list view, and its tracking request never leaves', async () => {
    const { server, link } = await roomWithIdeas({ TLDRAW_LICENSE_KEY: 'tldraw-not-a-real-key' })
    try {
      const seen = await openBoardAsParticipant(link, 'licence-invalid-list-view')
      expect(new URL(seen.url).searchParams.get('licence')).toBe('unlicensed-production')
      expect(seen.notice).toContain('TLDRAW_LICENSE_KEY')
      expect(
        seen.requests.filter(
          (url) =>
            !url.startsWith(`https://${HOST}:${server.port}/`) &&
            !url.startsWith(`wss://${HOST}:${server.port}/`) &&
            !url.startsWith('data:'),
        ),
      ).toEqual([])
      expect(seen.foreign).toEqual([])
    } finally {
      await server.close()
    }
  }, 150_000)
})
