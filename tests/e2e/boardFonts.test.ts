/**
 * The board's fonts in Chromium (issue 12 §7, first load): a participant's first load fetches only the
 * font faces the board shows (tldraw would preload all 16, 1.4 MB), and a face no one preloaded still
 * comes when a note needs it: a note set in serif is drawn in tldraw's serif face, bold text in the
 * bold face of the note font. The bytes themselves are a bench figure (bench/firstLoad.ts).
 */
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { CLIENT_DIR } from '../../server/start.ts'
import { launchBrowser, openPage } from '../helpers/browser.ts'
import { newParticipant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
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

/** Opens the board of `roomId` signed in as `token`; returns the font files fetched and the faces loaded. */
async function openBoard(roomId: string, token: string) {
  const watched = await openPage(browser, server.url)
  const { page, context } = watched
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    `capital-room:session:${roomId}`,
    token,
  ] as const)
  const fetched: string[] = []
  page.on('requestfinished', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? ''
    if (file.endsWith('.woff2')) fetched.push(file.replace(/-[\w-]{8}\.woff2$/, ''))
  })
  await page.goto(`${server.url}/rooms/${roomId}`)
  await page.locator('.tl-shape[data-shape-type="note"]').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`)
  })
  expect(watched.foreignRequests).toEqual([])
  await context.close()
  return { fetched: fetched.sort(), loaded: loaded.sort() }
}

describe('the board loads the fonts it shows', () => {
  it('a board of plain notes fetches the note face and our sans faces, nothing else', async () => {
    const { room, invites } = await server.createRoom()
    const { token } = await server.join(invites.participant, 'Siri', 'oslo')
    const writer = await newParticipant(server.wsUrl, documentName(room.id, 'board'), token)
    writer.records.set('shape:plain', noteRecord('plain', 'More youth workers in the evenings', 100, 100))
    await writer.acknowledged()
    writer.destroy()

    const { fetched, loaded } = await openBoard(room.id, token)
    expect(fetched).toEqual([
      'IBMPlexSans-Bold',
      'IBMPlexSans-Medium',
      'IBMPlexSans-MediumItalic',
      'Shantell_Sans-Informal_Regular',
    ])
    expect(loaded).toContain('tldraw_draw normal normal')
  })

  it('a note in serif, and bold text in a note, get their faces when the board shows them', async () => {
    const { room, invites } = await server.createRoom()
    const { token } = await server.join(invites.participant, 'Siri', 'oslo')
    const writer = await newParticipant(server.wsUrl, documentName(room.id, 'board'), token)
    const serif = noteRecord('serif', 'A serif note', 100, 100)
    serif.props.font = 'serif'
    const bold = noteRecord('bold', 'x', 400, 100)
    bold.props.richText = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bold idea', marks: [{ type: 'bold' }] }] }],
    } as typeof bold.props.richText
    writer.doc.transact(() => {
      writer.records.set('shape:serif', serif)
      writer.records.set('shape:bold', bold)
    })
    await writer.acknowledged()
    writer.destroy()

    const { fetched, loaded } = await openBoard(room.id, token)
    expect(fetched).toContain('IBMPlexSerif-Medium')
    expect(fetched).toContain('Shantell_Sans-Informal_Bold')
    expect(loaded).toContain('tldraw_serif normal normal')
    expect(loaded).toContain('tldraw_draw bold normal')
    // Still nothing the board does not show.
    expect(fetched.filter((file) => file.startsWith('IBMPlexMono'))).toEqual([])
  })
})
