/**
 * Issue 12 §7: the first load on venue Wi-Fi. Responses are compressed, and the content-hashed build
 * assets are cached for good while the page itself is revalidated. The build's files go out as the
 * brotli (or gzip) files written next to them at build time, not compressed again on each request.
 * (The bytes a first load transfers are a figure in `npm run bench`.)
 */
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { CLIENT_DIR } from '../../server/start.ts'
import { serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()

/** The raw response: status, headers and body bytes as sent (not decompressed). */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: Buffer
    bytes: number
    text: string
  }>((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          bytes: body.length,
          text: body.toString('utf8'),
        })
      })
    })
      .on('error', reject)
      .end()
  })
}

/** The page's scripts (its entry and the chunks it preloads), the largest first. */
async function scriptsOf(pageUrl: string) {
  const page = await raw(pageUrl)
  const scripts = [...page.text.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (match) => match[1],
  )
  const size = (script: string) => readFileSync(path.join(CLIENT_DIR, script)).length
  return scripts.sort((a, b) => size(b) - size(a))
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

  it('sends the brotli or gzip file built next to each script and the page, or the plain file to a client that asks for neither', async () => {
    const [script] = await scriptsOf(`${ctx.server.url}/rooms/some-room`)
    expect(script).toBeDefined()
    const built = readFileSync(path.join(CLIENT_DIR, script))
    const url = `${ctx.server.url}${script}`
    const plain = await raw(url)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(built)).toBe(true)
    expect(plain.headers['content-type']).toMatch(/^text\/javascript/)

    // What a browser sends: brotli wins over gzip, and the bytes are the build's own brotli file.
    const brotli = await raw(url, { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(brotli.status).toBe(200)
    expect(brotli.headers['content-encoding']).toBe('br')
    // The same type and charset (a charset's name is case-insensitive: UTF-8 and utf-8 are one).
    expect(brotli.headers['content-type']?.toString().toLowerCase()).toBe(
      plain.headers['content-type']?.toString().toLowerCase(),
    )
    expect(brotli.headers.vary).toMatch(/accept-encoding/i)
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(brotliDecompressSync(brotli.body).equals(built)).toBe(true)
    expect(brotli.body.equals(readFileSync(path.join(CLIENT_DIR, `${script}.br`)))).toBe(true)

    // A client without brotli gets the build's gzip file.
    const gzip = await raw(url, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(built)).toBe(true)
    expect(gzip.body.equals(readFileSync(path.join(CLIENT_DIR, `${script}.gz`)))).toBe(true)

    // A client that refuses brotli gets gzip; one that refuses both, the plain file.
    const noBrotli = await raw(url, { 'accept-encoding': 'br;q=0, gzip' })
    expect(noBrotli.headers['content-encoding']).toBe('gzip')
    const identity = await raw(url, { 'accept-encoding': 'identity' })
    expect(identity.headers['content-encoding']).toBeUndefined()
    expect(identity.body.equals(built)).toBe(true)

    // HEAD answers the headers of what GET would send; a range of the plain file is that range.
    const head = await raw(url, { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    expect(Number(head.headers['content-length'])).toBe(brotli.bytes)
    expect(head.bytes).toBe(0)
    const range = await raw(url, { range: 'bytes=100-199' })
    expect(range.status).toBe(206)
    expect(range.body.equals(built.subarray(100, 200))).toBe(true)
  })

  it('sends the page of every client route as the build’s brotli file, revalidated on each visit', async () => {
    const built = readFileSync(path.join(CLIENT_DIR, 'index.html'))
    for (const route of ['/', '/admin', '/join/some-code', '/rooms/some-room', '/rooms/some-room/list']) {
      const page = await raw(`${ctx.server.url}${route}`, { 'accept-encoding': 'gzip, deflate, br' })
      expect(page.status, route).toBe(200)
      expect(page.headers['content-encoding'], route).toBe('br')
      expect(page.headers['content-type'], route).toMatch(/^text\/html/i)
      expect(page.headers['cache-control'], route).toBe('no-cache')
      expect(brotliDecompressSync(page.body).equals(built), route).toBe(true)
    }
    const plain = await raw(`${ctx.server.url}/rooms/some-room`)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(built)).toBe(true)
  })
})
