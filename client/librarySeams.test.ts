/**
 * Pins the library behaviour that client/librarySeams.ts relies on: an upgrade that changes it fails
 * here, by name, instead of silently slowing the board or drawing notes unlike tldraw's.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { NoteShapeUtil, rng, toRichText } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { isEmptyRichText, noteShadow, skipOwnUpdates } from './librarySeams.ts'

/** A provider on a socket that never connects: what it would send only moves its unsynced count. */
function idleProvider() {
  const doc = new Y.Doc()
  const websocketProvider = new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1:9', autoConnect: false })
  const provider = new HocuspocusProvider({ websocketProvider, name: 'room/board', document: doc })
  const destroy = () => {
    provider.destroy()
    websocketProvider.destroy()
  }
  return { doc, provider, destroy }
}

/** A function of tldraw's that it does not export, read from its published source. */
function tldrawFunction(file: string, name: string, scope: Record<string, unknown> = {}) {
  const entry = createRequire(import.meta.url).resolve('tldraw')
  const root = entry.slice(0, entry.lastIndexOf(`${path.sep}dist-`))
  const source = readFileSync(path.join(root, 'dist-esm/lib', file), 'utf8')
  const start = source.indexOf(`function ${name}(`)
  expect(start, `tldraw's ${file} no longer has ${name}`).toBeGreaterThanOrEqual(0)
  const body = source.slice(start, source.indexOf('\n}\n', start) + 2)
  return new Function(...Object.keys(scope), `${body}; return ${name}`)(...Object.values(scope))
}

describe('@hocuspocus/provider', () => {
  it('boundDocumentUpdateHandler is the listener that counts local changes, and skips the provider’s own', () => {
    const { doc, provider, destroy } = idleProvider()
    const before = provider.unsyncedChanges
    doc.transact(() => doc.getMap('records').set('a', 1), provider)
    expect(provider.unsyncedChanges).toBe(before)
    doc.getMap('records').set('b', 1)
    expect(provider.unsyncedChanges).toBe(before + 1)
    doc.off('update', provider.boundDocumentUpdateHandler)
    doc.getMap('records').set('c', 1)
    expect(provider.unsyncedChanges).toBe(before + 1)
    destroy()
  })

  it('skipOwnUpdates: the provider’s listener is not called for its own transactions, and is for local ones', () => {
    const { doc, provider, destroy } = idleProvider()
    // The same listener, counted: Yjs encodes an update for a transaction only if some listener wants it.
    const original = provider.boundDocumentUpdateHandler
    const calls: unknown[] = []
    doc.off('update', original)
    provider.boundDocumentUpdateHandler = (update, origin) => {
      calls.push(origin)
      original(update, origin)
    }
    doc.on('update', provider.boundDocumentUpdateHandler)
    skipOwnUpdates(doc, provider)
    doc.transact(() => doc.getMap('records').set('from-server', 1), provider)
    expect(calls).toEqual([])
    doc.getMap('records').set('local', 1)
    expect(calls).toEqual([null])
    doc.transact(() => doc.getMap('records').set('from-server-again', 1), provider)
    expect(calls).toEqual([null])
    destroy()
  })
})

describe('tldraw', () => {
  it('NoteShapeUtil measures its label in getLabelSize', () => {
    expect(typeof (NoteShapeUtil.prototype as unknown as { getLabelSize?: unknown }).getLabelSize).toBe('function')
  })

  it('isEmptyRichText and noteShadow answer as tldraw’s own', () => {
    const tldrawIsEmpty = tldrawFunction('utils/text/richText.mjs', 'isEmptyRichText')
    for (const text of ['', 'An idea', 'Two\nparagraphs'])
      expect(isEmptyRichText(toRichText(text))).toBe(tldrawIsEmpty(toRichText(text)))
    expect(isEmptyRichText({ type: 'doc', content: [] })).toBe(true)
    const tldrawShadow = tldrawFunction('shapes/note/NoteShapeUtil.mjs', 'getNoteShadow', { rng })
    for (const [id, rotation, scale] of [
      ['shape:a', 0, 1],
      ['shape:b', 0.5, 2],
      ['shape:c', Math.PI, 0.5],
    ] as const)
      expect(noteShadow(id, rotation, scale)).toBe(tldrawShadow(id, rotation, scale))
  })
})
