/**
 * Built-in HTTPS (TLS_CERT_FILE, TLS_KEY_FILE): the app, the API and the WebSocket endpoint all answer
 * over TLS on one port, and /api/health says whether a tldraw licence key is set.
 */
import { request } from 'node:https'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../server/config.ts'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'
import { selfSignedCertificate } from '../helpers/tls.ts'
import { newYjsClient, yjsUrl } from '../helpers/yjsClient.ts'

let dir: string
let server: TestServer
let ca: string

/** A WebSocket that trusts the test certificate (what a browser does once the certificate is accepted). */
class TrustingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { ca })
  }
}

function httpsJson(pathname: string, opts: { method?: string; body?: unknown; token?: string } = {}) {
  return new Promise<{ status: number; body: any; headers: Record<string, unknown>; encrypted: boolean }>(
    (resolve, reject) => {
      const req = request(
        `${server.url}${pathname}`,
        {
          method: opts.method ?? 'GET',
          ca,
          headers: {
            'content-type': 'application/json',
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          },
        },
        (res) => {
          const encrypted = Boolean((res.socket as { encrypted?: boolean }).encrypted)
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              body: text.startsWith('{') ? JSON.parse(text) : text,
              headers: res.headers,
              encrypted,
            }),
          )
        },
      )
      req.on('error', reject)
      req.end(opts.body === undefined ? undefined : JSON.stringify(opts.body))
    },
  )
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'capital-room-tls-'))
  const certificate = await selfSignedCertificate(dir, 'localhost')
  ca = certificate.cert
  server = await newServer({ TLS_CERT_FILE: certificate.certFile, TLS_KEY_FILE: certificate.keyFile })
})
afterAll(async () => {
  await server?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('built-in HTTPS', () => {
  it('serves the API over TLS, with HSTS, and reports the missing licence key', async () => {
    expect(server.url).toMatch(/^https:\/\/localhost:\d+$/)
    const health = await httpsJson('/api/health')
    expect(health).toMatchObject({ status: 200, body: { ok: true, tldrawLicenseKey: 'missing' }, encrypted: true })
    expect(health.headers['strict-transport-security']).toMatch(/max-age=31536000/)
    // The page is served there too (or the "not built" answer when the client is not built).
    expect([200, 503]).toContain((await httpsJson('/rooms/x')).status)
    // Plain HTTP on the same port gets no answer from the app.
    await expect(fetch(`${server.url.replace('https:', 'http:')}/api/health`)).rejects.toThrow()
  })

  it('carries both WebSocket endpoints over TLS (wss://: /collab and /yjs)', async () => {
    const created = await httpsJson('/api/rooms', {
      method: 'POST',
      token: server.adminToken,
      body: { title: 'TLS', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo', admission: 'open' },
    })
    expect(created.status).toBe(201)
    const joined = await httpsJson('/api/join', {
      method: 'POST',
      body: { invite: created.body.invites.participant.oslo, name: 'Tess', city: 'oslo' },
    })
    const wssUrl = `${server.url.replace('https:', 'wss:')}/collab`
    const writer = await newParticipant(wssUrl, documentName(created.body.room.id, 'board'), joined.body.token, {
      WebSocketPolyfill: TrustingWebSocket,
    })
    writer.records.set('shape:tls', noteRecord('tls', 'Written over wss'))
    await writer.acknowledged()
    const reader = await newParticipant(wssUrl, documentName(created.body.room.id, 'board'), joined.body.token, {
      WebSocketPolyfill: TrustingWebSocket,
    })
    expect(reader.records.get('shape:tls')).toBeDefined()
    // The y-websocket door (/yjs) rides the same TLS server. Its test client takes no CA option:
    // trust the test certificate for this one connection.
    const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
    try {
      const yjs = await newYjsClient(yjsUrl(wssUrl), created.body.room.id, 'board', joined.body.token)
      expect(yjs.provider.url.startsWith('wss://')).toBe(true)
      expect(yjs.records.get('shape:tls')).toBeDefined()
      yjs.destroy()
    } finally {
      if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous
    }
    writer.destroy()
    reader.destroy()
  })

  it('needs both TLS variables, and reports a set licence key as "set" (never the key)', async () => {
    expect(() => readConfig({ TLS_CERT_FILE: 'cert.pem' })).toThrow(ConfigError)
    const licensed = await newServer({ TLDRAW_LICENSE_KEY: 'tldraw-some-key' })
    try {
      expect((await licensed.api('/api/health')).body).toEqual({ ok: true, tldrawLicenseKey: 'set' })
    } finally {
      await licensed.close()
    }
  })
})

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it("counts joins per participant's forwarded address, not per proxy", async () => {
    const proxied = await newServer({ TRUST_PROXY: 'loopback', JOINS_PER_MINUTE: '2' })
    try {
      const { invites } = await proxied.createRoom()
      const join = (forwardedFor: string) =>
        fetch(`${proxied.url}/api/join`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': forwardedFor,
            'x-forwarded-proto': 'https',
          },
          body: JSON.stringify({ invite: invites.participant.oslo, name: 'P', city: 'oslo' }),
        }).then((r) => r.status)
      expect([await join('203.0.113.1'), await join('203.0.113.1'), await join('203.0.113.1')]).toEqual([200, 200, 429])
      // Another participant behind the same proxy still gets in.
      expect(await join('203.0.113.2')).toBe(200)
    } finally {
      await proxied.close()
    }
  })
})
