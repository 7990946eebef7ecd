/**
 * The editor's side of tldraw's licence check (licence.ts has the rest). Apart from licence.ts because
 * it needs tldraw itself, which every page would otherwise download and parse (1.8 MB of script) for
 * the licence notice that App shows on any page.
 */
import { react, type Editor } from 'tldraw'
import type { LicenceProblem } from './licence.ts'

/**
 * Calls `onProblem` as soon as tldraw's licence check fails on this editor (well before the 5 s after
 * which tldraw would hide it). `editor.licenseManager` is tldraw's internal (typed away in its public
 * declarations): if a tldraw upgrade removes it, nothing is watched and the e2e test of an invalid
 * key fails.
 */
export function watchLicence(editor: Editor, onProblem: (problem: LicenceProblem) => void): () => void {
  const manager = (editor as unknown as { licenseManager?: { state?: { get(): string } } }).licenseManager
  if (!manager?.state) return () => {}
  return react('licence check', () => {
    const state = manager.state!.get()
    if (state === 'unlicensed-production' || state === 'expired') onProblem(state)
  })
}
