/**
 * Issue 12 §7: the first load on venue Wi-Fi. Responses are compressed, and the content-hashed build
 * assets are cached for good while the page itself is revalidated. (The bytes a first load transfers
 * are a figure in `npm run bench`.)
 */
import { get } from 'node:http'
import { describe, expect, it } from 'vitest'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()

/** The raw response: status, headers and body bytes as sent (not decompressed). */
function raw(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    bytes: number
    text: string
  }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: body.length, text: body.toString('utf8') })
      })
    }).on('error', reject)
  })
}

describe('delivery', () => {
  it('compresses the app with brotli, caches hashed assets for a year and revalidates the page', async () => {
    const page = await raw(`${ctx.server.url}/rooms/some-room`)
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).not.toMatch(/max-age=[1-9]/)
    // The page's scripts: its entry and the chunks it preloads. The entry is a small starter; the
    // compression ratio is checked on the largest of them, where most of the bytes are.
    const scripts = [...page.text.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
      (match) => match[1],
    )
    expect(scripts.length).toBeGreaterThan(0)
    const sizes = await Promise.all(scripts.map(async (path) => (await raw(`${ctx.server.url}${path}`)).bytes))
    const script = scripts[sizes.indexOf(Math.max(...sizes))]

    const plain = await raw(`${ctx.server.url}${script}`)
    const brotli = await raw(`${ctx.server.url}${script}`, { 'accept-encoding': 'br, gzip' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotli.bytes).toBeLessThan(plain.bytes / 3)

    const gzip = await raw(`${ctx.server.url}${script}`, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
  })
})
