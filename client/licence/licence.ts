/**
 * tldraw 5's licence check, and what the room does when it fails. Over HTTPS on a host that is not a
 * loopback address, tldraw's LicenseManager puts a missing or invalid key in the state
 * `unlicensed-production` and an expired one in `expired`; its LicenseProvider then hides the editor
 * 5 s after load (a blank board) and its LicenseManager asks cdn.tldraw.com for a tracking image. The
 * room switches to its list view instead, with a notice; with no key at all it never mounts tldraw.
 * Every page loads this file (the licence notice), so it imports nothing from tldraw: the editor's
 * side is in watchLicence.ts, which only the board loads.
 */
import { navigate } from '../router.ts'

export const LICENCE_PROBLEMS = ['missing', 'unlicensed-production', 'expired'] as const
export type LicenceProblem = (typeof LICENCE_PROBLEMS)[number]

const LOOPBACK = (host: string) => host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)

/**
 * Whether tldraw treats this page as a production deployment (its LicenseManager.getIsDevelopment()
 * negated, tldraw 5.4): HTTPS on a non-loopback host of a production build; a `.localhost` name
 * counts as production in a production build too.
 */
export function isTldrawProductionOrigin(
  page: { protocol: string; hostname: string },
  productionBuild = import.meta.env.PROD,
): boolean {
  const host = page.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (!productionBuild) return false
  if (host.endsWith('.localhost')) return true
  return page.protocol === 'https:' && !LOOPBACK(host)
}

/** The problem known before tldraw loads: no key where tldraw needs one. */
export function licenceProblemBeforeLoad(
  key: string | null,
  page: { protocol: string; hostname: string } = location,
): LicenceProblem | null {
  return !key && isTldrawProductionOrigin(page) ? 'missing' : null
}

export function listViewPath(roomId: string, problem: LicenceProblem): string {
  return `/rooms/${encodeURIComponent(roomId)}/list?licence=${problem}`
}

export function licenceProblemIn(search: string): LicenceProblem | null {
  const value = new URLSearchParams(search).get('licence')
  return (LICENCE_PROBLEMS as readonly string[]).includes(value ?? '') ? (value as LicenceProblem) : null
}

export function switchToListView(roomId: string, problem: LicenceProblem) {
  navigate(listViewPath(roomId, problem), { replace: true })
}

/**
 * The fallback when the editor never mounted (its store still syncing when tldraw gave up): tldraw's
 * LicenseProvider replaces the editor with a hidden `data-testid="tl-license-expired"` element 5 s
 * after a failed check. Seeing it, the board switches as well (the state is not readable then).
 */
export function watchLicenceGate(container: HTMLElement, onProblem: (problem: LicenceProblem) => void): () => void {
  const check = () => {
    if (container.querySelector('[data-testid="tl-license-expired"]')) onProblem('unlicensed-production')
  }
  const observer = new MutationObserver(check)
  observer.observe(container, { childList: true, subtree: true })
  check()
  return () => observer.disconnect()
}
