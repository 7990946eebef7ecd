/**
 * Issue 16 §6, operations: the join limit behind a proxy, unknown invite codes limited on their own,
 * the admin token printed only when it is generated, and /api/health without storage's own words.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { readConfig } from '../../server/config.ts'
import { newServer } from '../helpers/server.ts'

describe('joining behind a proxy', () => {
  it('61 bogus joins from one client shut out neither real joins from others nor that link', async () => {
    const server = await newServer({
      TRUST_PROXY: 'loopback',
      JOINS_PER_MINUTE: '60',
      UNKNOWN_INVITES_PER_MINUTE: '20',
    })
    try {
      const { invites } = await server.createRoom()
      const join = (from: string, invite: string, name: string) =>
        fetch(`${server.url}/api/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
          body: JSON.stringify({ invite, name, city: 'oslo' }),
        }).then(async (response) => ({ status: response.status, body: await response.json() }))

      const bogus: number[] = []
      for (let i = 0; i < 61; i++) bogus.push((await join('203.0.113.66', `bogus-${i}`, 'Mallory')).status)
      // Unknown codes are slowed down on their own: 404 at first, 429 past UNKNOWN_INVITES_PER_MINUTE.
      expect(bogus.slice(0, 20).every((status) => status === 404)).toBe(true)
      expect(bogus.at(-1)).toBe(429)

      // Everyone else behind the same proxy joins; so does the attacker's address with a real link.
      expect((await join('198.51.100.7', invites.participant.oslo, 'Olga')).status).toBe(200)
      expect((await join('203.0.113.66', invites.participant.oslo, 'Ole')).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('the join limit counts one address and one link together', async () => {
    const server = await newServer({ JOINS_PER_MINUTE: '3' })
    try {
      const { invites } = await server.createRoom()
      const statuses: number[] = []
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await server.api('/api/join', { body: { invite: invites.participant.oslo, name: `P${i}` } })).status,
        )
      expect(statuses).toEqual([200, 200, 200, 429])
      expect(
        (await server.api('/api/join', { body: { invite: invites.participant.stockholm, name: 'Sven' } })).status,
      ).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe('the admin token', () => {
  /** Starts `node server/main.ts` on `dataDir`, returns what it printed once it runs, and stops it. */
  async function startOutput(dataDir: string): Promise<string> {
    const { CAPITAL_ADMIN_TOKEN: _set, DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env
    const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../server/main.ts')], {
      env: { ...env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 20_000)
        child.stdout.on('data', () => {
          if (/Secretariat sign-in/.test(output)) {
            clearTimeout(timer)
            resolve()
          }
        })
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)))
      })
      return output
    } finally {
      child.kill('SIGTERM')
      await exited
    }
  }

  it('is printed on the start that generates it, and never on later starts', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-token-'))
    try {
      const first = await startOutput(dataDir)
      const token = /#token=(\S+)/.exec(first)?.[1]
      expect(token, first).toBeDefined()
      const second = await startOutput(dataDir)
      expect(second).toContain('Secretariat sign-in')
      expect(second).not.toContain(token)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe('/api/health', () => {
  it('says storage is degraded without repeating the storage error', async () => {
    const config = readConfig({ NODE_ENV: 'test' })
    const silent = { warn() {}, error() {}, info() {}, debug() {} }
    const app = createApp({
      config,
      log: silent,
      privacy: {},
      // No client: this app answers the API only.
      clientDir: path.join(tmpdir(), 'capital-room-no-client'),
      checkStorage: async () => {
        throw new Error('password authentication failed for user "capital" at db.internal:5432')
      },
    } as unknown as Parameters<typeof createApp>[0])
    const listening = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => listening.once('listening', resolve))
    try {
      const { port } = listening.address() as { port: number }
      const response = await fetch(`http://127.0.0.1:${port}/api/health`)
      const text = await response.text()
      expect(response.status).toBe(503)
      expect(JSON.parse(text)).toMatchObject({ ok: false, storage: 'degraded' })
      expect(text).not.toMatch(/password|db\.internal|capital/)
    } finally {
      listening.close()
    }
  })
})
