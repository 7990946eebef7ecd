/**
 * Debian's Chromium driven by playwright-core (no browser download). Every page records its console
 * errors and every request to a host other than the app's, so tests can assert there are none.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-output/screenshots')

/** `extraArgs`: more Chromium switches (e.g. --host-resolver-rules for a test host name). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  })
}

export interface WatchedPage {
  context: BrowserContext
  page: Page
  consoleErrors: string[]
  foreignRequests: string[]
}

/** A fresh browser context (own storage, like another person's laptop) on the app at `appUrl`. */
export async function openPage(browser: Browser, appUrl: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const appOrigin = new URL(appUrl).origin
  const watched: WatchedPage = { context, page, consoleErrors: [], foreignRequests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => watched.consoleErrors.push(`pageerror: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    const origin = new URL(url).origin
    if (origin !== appOrigin && origin !== appOrigin.replace('http', 'ws')) watched.foreignRequests.push(url)
  })
  return watched
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}
