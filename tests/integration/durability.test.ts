/**
 * Acknowledged edits survive SIGKILL: participants edit as fast as they can, the server is killed
 * without warning, all clients are gone, the server restarts on the same data: every edit the server
 * had acknowledged is there. Repeated over several runs, with log compaction happening during them.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { startServerProcess } from '../helpers/serverProcess.ts'

const RUNS = 10
const PARTICIPANTS = 20
const ADMIN_TOKEN = 'durability-test-admin-token'

const dataDirs: string[] = []
afterAll(async () => {
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true })
})

async function api(url: string, pathname: string, body: unknown) {
  const response = await fetch(url + pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  })
  return response.json()
}

/** Writes new notes and moves its own note; remembers what the server has acknowledged. */
function startEditing(participant: Participant, name: string) {
  let written = 0
  const acknowledged = { notes: 0, moverX: -1 }
  const mover = `shape:${name}-mover`
  participant.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0) {
      acknowledged.notes = written
      acknowledged.moverX = written
    }
  })
  let stopped = false
  // Bursts of a few edits with short pauses: like people typing, and the ack counter reaches zero now and then.
  const burst = () => {
    if (stopped) return
    const count = 1 + Math.floor(Math.random() * 4)
    for (let i = 0; i < count; i++) {
      participant.doc.transact(() => {
        participant.records.set(
          `shape:${name}-${written}`,
          noteRecord(`${name}-${written}`, `Idea ${written} from ${name}`, written, 0),
        )
        participant.records.set(mover, { ...noteRecord(`${name}-mover`, 'moving'), x: written + 1 })
      })
      written += 1
    }
    setTimeout(burst, 5 + Math.random() * 25)
  }
  burst()
  return { acknowledged, mover, stop: () => (stopped = true) }
}

describe('durability', () => {
  it(`keeps every acknowledged edit through SIGKILL (${RUNS} runs, ${PARTICIPANTS} participants)`, async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-durability-'))
    dataDirs.push(dataDir)
    const env = { DATA_DIR: dataDir, CAPITAL_ADMIN_TOKEN: ADMIN_TOKEN, COMPACT_AFTER_BYTES: '65536' }
    let totalAcknowledged = 0

    for (let run = 0; run < RUNS; run++) {
      const server = await startServerProcess(env)
      const { room, invites } = await api(server.url, '/api/rooms', {
        title: `Run ${run}`,
        date: '2026-12-01',
        hostCity: 'Oslo',
        location: 'Oslo',
        admission: 'open',
      })
      const board = documentName(room.id, 'board')
      const editors: ({ name: string } & ReturnType<typeof startEditing>)[] = []
      const participants: Participant[] = []
      for (let i = 0; i < PARTICIPANTS; i++) {
        const { token } = await api(server.url, '/api/join', {
          invite: invites.participant.oslo,
          name: `P${i}`,
          city: 'oslo',
        })
        // The ones already in edit fast; a loaded machine has taken over 10 s to sync the next one.
        const participant = await newParticipant(server.wsUrl, board, token, { syncTimeoutMs: 30_000 })
        participants.push(participant)
        editors.push({ name: `p${i}`, ...startEditing(participant, `p${i}`) })
      }
      // Kill at a random moment once every editor has had edits acknowledged (a loaded machine is slower).
      await eventually(() => expect(editors.every((e) => e.acknowledged.notes > 0)).toBe(true), { timeout: 30_000 })
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 800))
      await server.kill()
      for (const editor of editors) editor.stop()
      for (const participant of participants) participant.destroy()

      const restarted = await startServerProcess(env)
      const { token } = await api(restarted.url, '/api/join', {
        invite: invites.observer,
        name: 'Checker',
        city: 'expert',
      })
      const checker = await newParticipant(restarted.wsUrl, board, token)
      for (const editor of editors) {
        expect(editor.acknowledged.notes, `${editor.name} had edits acknowledged`).toBeGreaterThan(0)
        for (let n = 0; n < editor.acknowledged.notes; n++) {
          const stored = checker.records.get(`shape:${editor.name}-${n}`)
          if (!stored) expect.fail(`run ${run}: acknowledged note ${editor.name}-${n} was lost`)
        }
        expect(checker.records.get(editor.mover)?.x ?? -1).toBeGreaterThanOrEqual(editor.acknowledged.moverX)
        totalAcknowledged += editor.acknowledged.notes
      }
      checker.destroy()
      await restarted.kill()
    }
    console.log(
      `durability: ${RUNS} SIGKILL runs, ${PARTICIPANTS} participants each, ${totalAcknowledged} acknowledged notes, none lost`,
    )
  }, 180_000)
})
