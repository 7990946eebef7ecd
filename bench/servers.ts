/**
 * A server under test, started in its own child process: the real server (embedded storage in a
 * DATA_DIR) or a bare Hocuspocus. Opens boards and hands out participant tokens for either.
 */
import { forkChild, type Child } from './children.ts'
import type { FromServer, ServerKind, ToServer, Usage } from './messages.ts'

export interface ServerUnderTest {
  kind: ServerKind
  label: string
  pid: number
  wsUrl: string
  /** A new board and `count` participant tokens for it (the bare server takes any token). */
  openBoard(count: number): Promise<{ documentName: string; tokens: string[] }>
  usage(): Promise<Usage>
  stop(): Promise<void>
}

export const SERVER_LABELS: Record<ServerKind, string> = { capital: 'Capital Room', bare: 'bare Hocuspocus' }

let bareBoards = 0

export async function startServerUnderTest(
  kind: ServerKind,
  opts: { dataDir?: string; compactAfterBytes?: number } = {},
): Promise<ServerUnderTest> {
  const args = [kind, opts.dataDir ?? '', opts.compactAfterBytes ? String(opts.compactAfterBytes) : '']
  const child: Child<ToServer, FromServer> = forkChild('./serverChild.ts', args, `${kind} server`)
  const { port, adminToken } = await child.next('listening', 30_000)
  const url = `http://127.0.0.1:${port}`

  async function api(pathname: string, body: unknown, token?: string): Promise<any> {
    const response = await fetch(`${url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`POST ${pathname}: ${response.status} ${text}`)
    return JSON.parse(text)
  }

  return {
    kind,
    label: SERVER_LABELS[kind],
    pid: child.process.pid!,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    async openBoard(count) {
      if (kind === 'bare')
        return { documentName: `bench-${++bareBoards}/board`, tokens: Array.from({ length: count }, () => 'bare') }
      const { room, invites } = await api(
        '/api/rooms',
        { title: 'Bench room', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo City Hall', admission: 'open' },
        adminToken,
      )
      const tokens: string[] = []
      for (let i = 0; i < count; i += 25) {
        const batch = Array.from({ length: Math.min(25, count - i) }, (_, j) =>
          api('/api/join', { invite: invites.participant.oslo, name: `Bench ${i + j + 1}`, city: 'oslo' }).then(
            (body) => body.token as string,
          ),
        )
        tokens.push(...(await Promise.all(batch)))
      }
      return { documentName: `${room.id}/board`, tokens }
    },
    async usage() {
      child.send({ type: 'usage' })
      return (await child.next('usage', 10_000)).usage
    },
    async stop() {
      if (child.process.exitCode !== null || !child.process.connected) return child.ended(0)
      child.send({ type: 'stop' })
      await child.next('stopped', 20_000).catch(() => {})
      await child.ended(5_000)
    },
  }
}
