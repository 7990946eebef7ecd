/**
 * Time to take a snapshot of a board of N notes and distil it, through the REST API of the real
 * server (in this process, embedded storage in a temporary folder): the board has 50 clusters and a
 * next step in every tenth note. Median of several runs; each run takes a new snapshot.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readConfig } from '../server/config.ts'
import { startServer } from '../server/start.ts'
import { documentName } from '../shared/protocol.ts'
import { newParticipant } from '../tests/helpers/participant.ts'
import { frameRecord, noteRecord } from '../tests/helpers/records.ts'

export interface SnapshotFigures {
  notes: number
  snapshot: number
  distill: number
  total: number
  runs: number
}

const KINDS = ['challenge', 'solution', 'policy', 'principle'] as const

export async function measureSnapshot(notes: number, runs = 5): Promise<SnapshotFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-snapshot-'))
  const server = await startServer(
    readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      BOARD_QUOTA_RECORDS: '10000000',
      BOARD_QUOTA_BYTES: '10000000000',
      JOINS_PER_MINUTE: '100000',
    }),
  )
  try {
    const post = async (pathname: string, body: unknown, token: string) => {
      const response = await fetch(`${server.url}${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`POST ${pathname}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const { room, invites } = await post(
      '/api/rooms',
      { title: 'Bench room', date: '2026-12-03', hostCity: 'Oslo', location: 'Oslo' },
      server.adminToken,
    )
    const { token } = await post(
      '/api/join',
      { invite: invites.facilitator, name: 'Bench facilitator', city: 'oslo' },
      '',
    )
    const board = await newParticipant(`ws://127.0.0.1:${server.port}/collab`, documentName(room.id, 'board'), token)
    const clusters = 50
    const perCluster = Math.ceil(notes / clusters)
    for (let c = 0; c < clusters; c++) {
      board.doc.transact(() => {
        board.records.set(
          `shape:cluster${c}`,
          frameRecord(`cluster${c}`, `Theme ${c}`, (c % 10) * 2400, Math.floor(c / 10) * 2400, 2300, 2300),
        )
        for (let i = c * perCluster; i < Math.min(notes, (c + 1) * perCluster); i++) {
          const kind = i % 10 === 0 ? 'next-step' : KINDS[i % 4]
          const note = noteRecord(
            `n${i}`,
            `Idea ${i % 400}: more youth workers in the suburbs`,
            (i % 10) * 220,
            Math.floor((i % perCluster) / 10) * 220,
            { kind, ownerCity: kind === 'next-step' ? 'oslo' : null },
          )
          board.records.set(note.id, { ...note, parentId: `shape:cluster${c}` })
        }
      })
      await board.acknowledged()
    }
    const samples: { snapshot: number; distill: number }[] = []
    for (let run = 0; run < runs + 1; run++) {
      const t0 = performance.now()
      const summary = await post(`/api/rooms/${room.id}/snapshots`, { name: `Bench ${run}` }, token)
      const t1 = performance.now()
      await post(`/api/snapshots/${summary.id}/distill`, {}, token)
      const t2 = performance.now()
      if (run > 0) samples.push({ snapshot: t1 - t0, distill: t2 - t1 }) // the first run warms up
    }
    board.destroy()
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    return {
      notes,
      snapshot: median(samples.map((s) => s.snapshot)),
      distill: median(samples.map((s) => s.distill)),
      total: median(samples.map((s) => s.snapshot + s.distill)),
      runs,
    }
  } finally {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
