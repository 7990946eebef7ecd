/** newServer(): the real server in this process on port 0 with a temporary DATA_DIR, plus API helpers. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../../server/config.ts'
import { startServer, type RunningServer } from '../../server/start.ts'
import type { Role } from '../../shared/schema/room.ts'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { newParticipant, type Participant } from './participant.ts'

/** A room's invite codes (or links): one per shared link, and the participant links by affiliation. */
export interface TestInvites {
  facilitator: string
  observer: string
  secretariat: string
  participant: Record<string, string>
}

export interface TestServer extends RunningServer {
  dataDir: string
  /** fetch on the server with JSON in and out; `token` goes in as a Bearer token. */
  api(
    pathname: string,
    opts?: { method?: string; body?: unknown; token?: string },
  ): Promise<{ status: number; body: any }>
  /** A room, `admission: 'open'` unless overridden (tests of the lobby ask for it). */
  createRoom(
    overrides?: Record<string, unknown>,
  ): Promise<{ room: { id: string }; invites: TestInvites; links: TestInvites }>
  /**
   * Joins through `invite`: a code, or a room's participant links (`invites.participant`), of which the
   * one of `city` is used. With `city` `secretariat`, registers them on the roster with the link's role
   * and joins through the personal link (the only way besides the secretariat link). Returns the
   * session token and participant.
   */
  join(
    invite: string | Record<string, string | null>,
    name: string,
    city?: string,
  ): Promise<{ token: string; participant: { id: string; name: string; city: string; role: Role; admitted: boolean } }>
  /**
   * Registers an attendee on the room's roster (as the secretariat) and joins through their personal
   * link: the way to be, say, a facilitator from the secretariat.
   */
  enrol(
    roomId: string,
    name: string,
    affiliation: string,
    role: Role,
  ): Promise<{
    token: string
    link: string
    participant: { id: string; name: string; city: string; role: Role; admitted: boolean }
  }>
  wsUrl: string
}

export async function newServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-test-'))
  const config = readConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env })
  const server = await startServer(config)
  const api: TestServer['api'] = async (pathname, opts = {}) => {
    const response = await fetch(`${server.url}${pathname}`, {
      method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
  const enrol: TestServer['enrol'] = async (roomId, name, affiliation, role) => {
    const registered = await api(`/api/rooms/${roomId}/roster`, {
      token: server.adminToken,
      body: { name, affiliation, role },
    })
    if (registered.status !== 201) throw new Error(`roster: ${registered.status} ${JSON.stringify(registered.body)}`)
    const { status, body } = await api('/api/join', { body: { invite: registered.body.link } })
    if (status !== 200) throw new Error(`join: ${status} ${JSON.stringify(body)}`)
    return { ...body, link: registered.body.link }
  }
  return {
    ...server,
    dataDir,
    wsUrl: `ws://127.0.0.1:${server.port}/collab`,
    api,
    async createRoom(overrides = {}) {
      const { status, body } = await api('/api/rooms', {
        token: server.adminToken,
        body: {
          title: 'Capital Room Oslo',
          date: '2026-12-03',
          hostCity: 'Oslo',
          location: 'Oslo City Hall',
          admission: 'open',
          ...overrides,
        },
      })
      if (status !== 201) throw new Error(`createRoom: ${status} ${JSON.stringify(body)}`)
      return body
    },
    async join(invite, name, city = 'stockholm') {
      if (city === 'secretariat' && typeof invite === 'string') {
        // Nobody can choose the secretariat at join time: a member of it is registered on the
        // roster with that link's role, and joins through their personal link.
        const { body: target } = await api(`/api/invites/${encodeURIComponent(invite)}`)
        if (target?.affiliation !== 'secretariat') return enrol(target.room.id, name, 'secretariat', target.role)
      }
      const code = typeof invite === 'string' ? invite : invite[city]
      const { status, body } = await api('/api/join', { body: { invite: code, name, city } })
      if (status !== 200) throw new Error(`join: ${status} ${JSON.stringify(body)}`)
      return body
    },
    enrol,
    async close() {
      await server.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * One server for a whole test file, and participants that are closed after each test. Call it at the
 * top of the file; `ctx.server` is there once the file's tests run.
 */
export function serverPerFile(env: Record<string, string> = {}) {
  let server: TestServer | undefined
  const opened: Participant[] = []
  beforeAll(async () => {
    server = await newServer(env)
  })
  afterEach(() => {
    for (const participant of opened.splice(0)) participant.destroy()
  })
  afterAll(() => server?.close())
  return {
    get server(): TestServer {
      if (!server) throw new Error('the server starts in beforeAll')
      return server
    },
    /** A real provider on `documentName` with `token`, closed after the test. */
    async connect(token: string, documentName: string, opts?: { waitForSync?: boolean }) {
      const participant = await newParticipant(this.server.wsUrl, documentName, token, opts)
      opened.push(participant)
      return participant
    },
  }
}
