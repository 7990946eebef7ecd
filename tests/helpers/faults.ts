/**
 * Shared set-up for the fault tests (tests/integration/faults*.test.ts): server processes with their
 * own temporary DATA_DIR and a captured log, an admin/participant API client, and a cleanup list that
 * runs even when a test fails.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'

export const FAULTS_ADMIN_TOKEN = 'faults-test-admin-token-0123456789'

/** Cleanups run last-in first-out; each one's failure is ignored so the others still run. */
export class Cleanups {
  private readonly list: (() => unknown)[] = []
  add(cleanup: () => unknown) {
    this.list.push(cleanup)
  }
  async run() {
    while (this.list.length > 0) {
      try {
        await this.list.pop()!()
      } catch {
        // keep cleaning up
      }
    }
  }
}

export interface Instance extends ServerProcess {
  dataDir: string
  /** The server's log lines (pino JSON at LOG_LEVEL warn) since it started. */
  log: string[]
  /** Whether the process is still running. */
  alive(): boolean
}

/** A server process (node server/main.ts) with `env`, a temporary DATA_DIR unless given one, and the admin token. */
export async function startInstance(cleanups: Cleanups, env: Record<string, string> = {}): Promise<Instance> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), 'capital-room-faults-')))
  if (!env.DATA_DIR) cleanups.add(() => rm(dataDir, { recursive: true, force: true }))
  const server = await startServerProcess({
    CAPITAL_ADMIN_TOKEN: FAULTS_ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    ...env,
    DATA_DIR: dataDir,
  })
  const log: string[] = []
  const collect = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean))
  server.child.stdout!.on('data', collect)
  server.child.stderr!.on('data', collect)
  const alive = () => server.child.exitCode === null && server.child.signalCode === null
  cleanups.add(async () => {
    if (alive()) await server.kill()
  })
  return { ...server, dataDir, log, alive }
}

/** JSON over HTTP; `token` defaults to the admin token. */
export async function api(
  baseUrl: string,
  pathname: string,
  body?: unknown,
  token = FAULTS_ADMIN_TOKEN,
): Promise<{ status: number; body: any }> {
  const response = await fetch(baseUrl + pathname, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** Creates a room on `baseUrl` and joins `names` as participants plus one observer (for checking). */
export async function roomWith(baseUrl: string, names: string[]) {
  const created = await api(baseUrl, '/api/rooms', {
    title: 'Faults',
    date: '2026-12-01',
    hostCity: 'Oslo',
    location: 'Oslo',
    admission: 'open',
  })
  if (created.status !== 201) throw new Error(`createRoom: ${created.status} ${JSON.stringify(created.body)}`)
  const join = async (name: string, invite: string) => {
    const joined = await api(baseUrl, '/api/join', { invite, name, city: 'oslo' })
    if (joined.status !== 200) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`)
    return joined.body.token as string
  }
  const tokens: Record<string, string> = {}
  for (const name of names) tokens[name] = await join(name, created.body.invites.participant.oslo)
  return {
    roomId: created.body.room.id as string,
    tokens,
    observer: await join('Checker', created.body.invites.observer),
  }
}

/** Seconds with one decimal, for the printed figures. */
export const seconds = (ms: number) => (ms / 1000).toFixed(1)
