/**
 * Issue 16's figures, with the real server in a child process (node server/main.ts) and the attacker
 * and the measuring client in this one:
 * - a refusal flood on a board of N notes: /api/time's p99 for everyone else, before and during;
 * - N unauthenticated sockets: how much they add to the server's resident memory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { documentName } from '../shared/protocol.ts'
import { newParticipant } from '../tests/helpers/participant.ts'
import { authFrame, frame, openRawSocket, syncFrame } from '../tests/helpers/rawSocket.ts'
import { noteRecord } from '../tests/helpers/records.ts'
import { post } from './post.ts'
import { startServerProcess, type ServerProcess } from '../tests/helpers/serverProcess.ts'
import * as encoding from 'lib0/encoding'

const ADMIN = 'bench-admin-token-0123456789abcdef'

export interface FloodFigures {
  notes: number
  before: { p50: number; p99: number; max: number; samples: number }
  during: { p50: number; p99: number; max: number; samples: number }
  closes: Record<string, number>
}

export interface SocketFigures {
  sockets: number
  refused: number
  idleMiB: number
  queuedMiB: number
}

async function start(env: Record<string, string>): Promise<{ server: ServerProcess; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-trust-'))
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    CAPITAL_ADMIN_TOKEN: ADMIN,
    LOG_LEVEL: 'silent',
    JOINS_PER_MINUTE: '100000',
    ...env,
  })
  return { server, dataDir }
}

/** /api/time latencies, one request every 20 ms, until `stop` resolves. */
async function sampleTime(baseUrl: string, forMs: number): Promise<number[]> {
  const samples: number[] = []
  const until = performance.now() + forMs
  while (performance.now() < until) {
    const t0 = performance.now()
    await (await fetch(`${baseUrl}/api/time`)).json()
    samples.push(performance.now() - t0)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return samples
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1], samples: sorted.length }
}

/** The attack's updates, in turn: writes outside `records`, a shared type in it, list content in it. */
function junkUpdate(round: number): Uint8Array {
  const doc = new Y.Doc()
  switch (round % 3) {
    case 0:
      doc.getText('elsewhere').insert(0, `junk ${round}`)
      break
    case 1:
      doc.getMap('records').set(`shape:junk-${round}`, new Y.Map())
      break
    default:
      doc.getArray('records').insert(0, [round])
  }
  return Y.encodeStateAsUpdate(doc)
}

export async function measureRefusalFlood(notes = 20_000, seconds = 15): Promise<FloodFigures> {
  const { server, dataDir } = await start({ BOARD_QUOTA_RECORDS: '10000000', BOARD_QUOTA_BYTES: '10000000000' })
  try {
    const { room, invites } = await post(
      `${server.url}/api/rooms`,
      { title: 'Bench room', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo', admission: 'open' },
      ADMIN,
    )
    const seederToken = (
      await post(`${server.url}/api/join`, { invite: invites.participant.oslo, name: 'Seeder', city: 'oslo' })
    ).token
    const attackerToken = (
      await post(`${server.url}/api/join`, { invite: invites.participant.oslo, name: 'Mallory', city: 'oslo' })
    ).token
    const board = documentName(room.id, 'board')
    const seeder = await newParticipant(server.wsUrl, board, seederToken)
    for (let start = 0; start < notes; start += 1000) {
      seeder.doc.transact(() => {
        for (let i = start; i < Math.min(notes, start + 1000); i++)
          seeder.records.set(
            `shape:n${i}`,
            noteRecord(`n${i}`, `Idea ${i}: more youth workers`, i % 200, Math.floor(i / 200)),
          )
      })
      await seeder.acknowledged(120_000)
    }

    const before = await sampleTime(server.url, 5000)
    const closes: Record<string, number> = {}
    let flooding = true
    const flood = (async () => {
      for (let round = 0; flooding; round++) {
        const socket = await openRawSocket(server.wsUrl).catch(() => null)
        if (!socket) continue
        socket.send(authFrame(board, attackerToken))
        socket.send(syncFrame(board, junkUpdate(round)))
        const closed = await Promise.race([
          socket.closed,
          new Promise<{ code: number; reason: string }>((resolve) =>
            setTimeout(() => resolve({ code: 0, reason: 'still open after 5 s' }), 5000),
          ),
        ])
        const key = `${closed.code} ${closed.reason}`
        closes[key] = (closes[key] ?? 0) + 1
        if (closed.code === 0) socket.socket.close()
      }
    })()
    const during = await sampleTime(server.url, seconds * 1000)
    flooding = false
    await flood
    seeder.destroy()
    return { notes, before: stats(before), during: stats(during), closes }
  } finally {
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return match ? Number(match[1]) * 1024 : NaN
}

export async function measureUnauthenticatedSockets(count = 1000): Promise<SocketFigures> {
  const { server, dataDir } = await start({
    MAX_UNAUTHENTICATED_SOCKETS: String(count),
    MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS: String(count),
    AUTHENTICATION_TIMEOUT_MS: '120000',
  })
  try {
    // Warm the server up (first connection, first request) before the baseline.
    const warm = await openRawSocket(server.wsUrl)
    warm.socket.close()
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const base = rssOf(server.child.pid!)
    const sockets = []
    let refused = 0
    for (let i = 0; i < count + 20; i++) {
      const socket = await openRawSocket(server.wsUrl).catch(() => null)
      if (socket) sockets.push(socket)
      else refused++
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const idle = rssOf(server.child.pid!)
    // The worst case: each sends just under the 64 KiB it may queue before authenticating.
    const nearCap = frame('room/board', (e) => encoding.writeVarUint8Array(e, new Uint8Array(60 * 1024)))
    for (const socket of sockets) socket.send(nearCap)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const queued = rssOf(server.child.pid!)
    for (const socket of sockets) socket.socket.close()
    return { sockets: sockets.length, refused, idleMiB: (idle - base) / 2 ** 20, queuedMiB: (queued - base) / 2 ** 20 }
  } finally {
    await server.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
