/**
 * Backups of embedded storage: `npm run backup` while a participant keeps editing (and compaction
 * keeps replacing the snapshot), `npm run restore` into a new DATA_DIR, a server started on it:
 * every note acknowledged before the backup started is there, and the rest of the data with it.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
let work: string

/** Runs one of the package's scripts as `npm run` does (node on the .ts file), with DATA_DIR. */
async function script(name: 'backup' | 'restore' | 'auditVerify', args: string[], dataDir: string) {
  const { DATABASE_URL: _embedded, ...env } = process.env
  try {
    const { stdout } = await run(process.execPath, ['--experimental-strip-types', `scripts/${name}.ts`, ...args], {
      cwd: ROOT,
      env: { ...env, DATA_DIR: dataDir },
    })
    return { code: 0, output: stdout }
  } catch (error: any) {
    return { code: error.code as number, output: `${error.stdout}${error.stderr}` }
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'capital-room-backup-test-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

describe('backup and restore (embedded)', () => {
  it('backs up during live editing; the restored DATA_DIR serves every note acknowledged before', async () => {
    // A small compaction threshold: the snapshot is replaced again and again while the backup reads.
    const server: TestServer = await newServer({ COMPACT_AFTER_BYTES: '4096' })
    let restored: TestServer | undefined
    try {
      const { room, invites } = await server.createRoom({ title: 'Backed up' })
      const pia = await server.join(invites.participant, 'Pia', 'oslo')
      const board = await newParticipant(server.wsUrl, documentName(room.id, 'board'), pia.token)
      const acknowledged: string[] = []
      let n = 0
      const writeBatch = async () => {
        const batch = Array.from({ length: 5 }, () => `note-${n++}`)
        for (const id of batch)
          board.records.set(`shape:${id}`, noteRecord(id, `Idea ${id} with some words to make the log grow`, n * 10, 0))
        // Moving one note over and over makes garbage for compaction to collect.
        board.records.set('shape:mover', noteRecord('mover', 'moving', n, n))
        await board.acknowledged()
        acknowledged.push(...batch)
      }
      for (let i = 0; i < 20; i++) await writeBatch()

      let editing = true
      const editor = (async () => {
        while (editing) await writeBatch()
      })()
      const ackedBeforeBackup = [...acknowledged]
      const file = path.join(work, 'live.tar.gz')
      const backup = await script('backup', [file], server.dataDir)
      editing = false
      await editor
      expect(backup, backup.output).toMatchObject({ code: 0 })
      expect(acknowledged.length).toBeGreaterThan(ackedBeforeBackup.length) // the board was edited during the backup
      board.destroy()

      const target = path.join(work, 'restored-data')
      const restoreRun = await script('restore', [file, target], path.join(work, 'unused'))
      expect(restoreRun, restoreRun.output).toMatchObject({ code: 0 })
      expect(await script('auditVerify', [], target)).toMatchObject({ code: 0 })
      await server.close()

      restored = await newServer({ DATA_DIR: target })
      expect(restored.adminToken).toBe(server.adminToken)
      const rooms = await restored.api('/api/rooms', { token: restored.adminToken })
      expect(rooms.body.rooms.map((r: { title: string }) => r.title)).toEqual(['Backed up'])
      // The same session (signing key restored) opens the restored board.
      const reader = await newParticipant(restored.wsUrl, documentName(room.id, 'board'), pia.token)
      const missing = ackedBeforeBackup.filter((id) => !reader.records.has(`shape:${id}`))
      expect(missing).toEqual([])
      expect(reader.records.size).toBeGreaterThanOrEqual(ackedBeforeBackup.length)
      reader.destroy()
      const audit = await restored.api(`/api/audit?roomId=${room.id}`, { token: restored.adminToken })
      expect(audit.body.events.map((e: { action: string }) => e.action)).toEqual(['room.create', 'participant.join'])
    } finally {
      await restored?.close()
      await server.close().catch(() => {})
    }
  }, 120_000)

  it('restores only into an empty folder, and only a Capital Room backup', async () => {
    const occupied = path.join(work, 'occupied')
    await run('mkdir', ['-p', occupied])
    await writeFile(path.join(occupied, 'metadata.json'), '{}')
    const server = await newServer()
    try {
      const file = path.join(work, 'small.tar.gz')
      expect(await script('backup', [file], server.dataDir)).toMatchObject({ code: 0 })
      const refused = await script('restore', [file, occupied], occupied)
      expect(refused.code).toBe(1)
      expect(refused.output).toContain('not empty')
      const notABackup = path.join(work, 'not-a-backup.tar.gz')
      await run('tar', ['-czf', notABackup, '-C', occupied, 'metadata.json'])
      const wrong = await script('restore', [notABackup, path.join(work, 'fresh')], occupied)
      expect(wrong.code).toBe(1)
      expect(wrong.output).toContain('not a Capital Room backup')
      expect((await script('backup', [], server.dataDir)).code).toBe(2)
    } finally {
      await server.close()
    }
  })
})
