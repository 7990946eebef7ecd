// @vitest-environment happy-dom
/**
 * Pins what the licence fallback relies on in tldraw 5: which origins its LicenseManager treats as
 * production (isTldrawProductionOrigin mirrors it), that a missing or malformed key there ends in
 * `unlicensed-production` on the manager's `state` atom (what watchLicence reads), and that tldraw
 * would then fetch its tracking image from another host (what the CSP and never mounting it prevent).
 */
import * as tldraw from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isTldrawProductionOrigin, licenceProblemBeforeLoad, licenceProblemIn, listViewPath } from './licence.ts'

const ORIGINS = [
  'https://capitalroom.test',
  'https://board.example.org:8443',
  'https://localhost:3000',
  'https://127.0.0.1',
  'http://capitalroom.test',
  'https://[::1]:3000',
  'https://capitalroom.localhost',
]

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

/** A LicenseManager created as on `origin` in a production build, and the fetches it made. */
async function tldrawCheck(origin: string, key: string | undefined) {
  const url = new URL(origin)
  vi.stubGlobal('location', {
    ...window.location,
    href: url.href,
    protocol: url.protocol,
    hostname: url.hostname,
    host: url.host,
  })
  vi.stubEnv('NODE_ENV', 'production')
  const fetches: string[] = []
  vi.stubGlobal('fetch', async (input: string) => {
    fetches.push(String(input))
    return new Response('')
  })
  // tldraw exports LicenseManager at run time, but its typings leave it out (internal).
  type Manager = { isDevelopment: boolean; verbose: boolean; state: { get(): string } }
  const { LicenseManager } = tldraw as unknown as { LicenseManager: new (key: string | undefined) => Manager }
  const manager = new LicenseManager(key)
  manager.verbose = false
  await vi.waitFor(() => expect(manager.state.get()).not.toBe('pending'))
  return { isDevelopment: manager.isDevelopment, state: manager.state.get(), fetches }
}

describe('the tldraw licence check', () => {
  for (const origin of ORIGINS) {
    it(`agrees with tldraw on whether ${origin} is a production origin`, async () => {
      const { isDevelopment } = await tldrawCheck(origin, undefined)
      const url = new URL(origin)
      expect(isTldrawProductionOrigin({ protocol: url.protocol, hostname: url.hostname }, true)).toBe(!isDevelopment)
    })
  }

  it('ends in unlicensed-production without a key or with a malformed one, and tldraw then calls its CDN', async () => {
    for (const key of [undefined, 'tldraw-not-a-real-key']) {
      const { state, fetches } = await tldrawCheck('https://capitalroom.test', key)
      expect(state).toBe('unlicensed-production')
      expect(fetches.map((f) => new URL(f).host)).toEqual(['cdn.tldraw.com'])
    }
  })

  it('names the problem in the list view path', () => {
    expect(licenceProblemBeforeLoad(null, { protocol: 'http:', hostname: 'capitalroom.test' })).toBeNull()
    expect(listViewPath('r 1', 'missing')).toBe('/rooms/r%201/list?licence=missing')
    expect(licenceProblemIn('?licence=expired')).toBe('expired')
    expect(licenceProblemIn('?licence=bogus')).toBeNull()
  })
})
