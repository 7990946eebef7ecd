/**
 * The y-websocket door (/yjs) beside /collab, on the real server in this process (embedded storage in
 * a temporary folder): how long an idea takes from a WebsocketProvider to a HocuspocusProvider and
 * back, one at a time, and how long a new client takes to sync a board of N notes through each door.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type * as Y from 'yjs'
import { readConfig } from '../server/config.ts'
import { startServer } from '../server/start.ts'
import { documentName } from '../shared/protocol.ts'
import { newParticipant } from '../tests/helpers/participant.ts'
import { noteRecord } from '../tests/helpers/records.ts'
import { newYjsClient } from '../tests/helpers/yjsClient.ts'

export interface YjsDoorFigures {
  edits: number
  /** Milliseconds from a write on one side until the other side has it: [p50, p95, max]. */
  yjsToCollab: [number, number, number]
  collabToYjs: [number, number, number]
  joinNotes: number
  /** Median milliseconds until a new client is synced. */
  joinYjs: number
  joinCollab: number
}

/** Resolves once `map` has `key`. */
function arrival(map: Y.Map<unknown>, key: string): Promise<void> {
  if (map.has(key)) return Promise.resolve()
  return new Promise((resolve) => {
    const observer = () => {
      if (!map.has(key)) return
      map.unobserve(observer)
      resolve()
    }
    map.observe(observer)
  })
}

const percentiles = (values: number[]): [number, number, number] => {
  const sorted = [...values].sort((a, b) => a - b)
  return [sorted[Math.floor(sorted.length / 2)], sorted[Math.floor(sorted.length * 0.95)], sorted[sorted.length - 1]]
}

export async function measureYjsDoor(joinNotes: number, edits = 200, joins = 5): Promise<YjsDoorFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-yjs-'))
  const server = await startServer(
    readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOINS_PER_MINUTE: '100000' }),
  )
  const collabUrl = `ws://127.0.0.1:${server.port}/collab`
  const yjsUrl = `ws://127.0.0.1:${server.port}/yjs`
  const closers: (() => void)[] = []
  try {
    const post = async (pathname: string, body: unknown, token = '') => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
      const response = await fetch(`${server.url}${pathname}`, { method: 'POST', headers, body: JSON.stringify(body) })
      if (!response.ok) throw new Error(`POST ${pathname}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const room = async () => {
      const created = await post(
        '/api/rooms',
        { title: 'Bench', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo', admission: 'open' },
        server.adminToken,
      )
      const { token } = await post('/api/join', {
        invite: created.invites.participant.oslo,
        name: 'Bench',
        city: 'oslo',
      })
      return { roomId: created.room.id as string, token: token as string }
    }

    const live = await room()
    const y = await newYjsClient(yjsUrl, live.roomId, 'board', live.token)
    const h = await newParticipant(collabUrl, documentName(live.roomId, 'board'), live.token)
    closers.push(
      () => y.destroy(),
      () => h.destroy(),
    )
    const toCollab: number[] = []
    const toYjs: number[] = []
    for (let i = 0; i < edits; i++) {
      let started = performance.now()
      y.records.set(`shape:y${i}`, noteRecord(`y${i}`, `Idea ${i} through y-websocket`, i * 10, 0))
      await arrival(h.records, `shape:y${i}`)
      toCollab.push(performance.now() - started)
      started = performance.now()
      h.records.set(`shape:h${i}`, noteRecord(`h${i}`, `Idea ${i} through Hocuspocus`, i * 10, 300))
      await arrival(y.records, `shape:h${i}`)
      toYjs.push(performance.now() - started)
    }

    const full = await room()
    const writer = await newParticipant(collabUrl, documentName(full.roomId, 'board'), full.token)
    closers.push(() => writer.destroy())
    // In batches: one update of the whole board would pass MAX_MESSAGE_BYTES.
    for (let batch = 0; batch < joinNotes; batch += 250) {
      writer.doc.transact(() => {
        for (let i = batch; i < Math.min(joinNotes, batch + 250); i++) {
          writer.records.set(
            `shape:n${i}`,
            noteRecord(`n${i}`, `Idea ${i % 400}`, (i % 50) * 220, Math.floor(i / 50) * 220),
          )
        }
      })
      await writer.acknowledged(60_000)
    }
    const joinTimes = { yjs: [] as number[], collab: [] as number[] }
    for (let run = 0; run < joins; run++) {
      let started = performance.now()
      const client = await newYjsClient(yjsUrl, full.roomId, 'board', full.token)
      joinTimes.yjs.push(performance.now() - started)
      client.destroy()
      started = performance.now()
      const participant = await newParticipant(collabUrl, documentName(full.roomId, 'board'), full.token)
      joinTimes.collab.push(performance.now() - started)
      participant.destroy()
    }
    return {
      edits,
      yjsToCollab: percentiles(toCollab),
      collabToYjs: percentiles(toYjs),
      joinNotes,
      joinYjs: percentiles(joinTimes.yjs)[0],
      joinCollab: percentiles(joinTimes.collab)[0],
    }
  } finally {
    for (const close of closers) close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
