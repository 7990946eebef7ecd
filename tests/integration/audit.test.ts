/**
 * The audit trail: each audited action leaves exactly one event with the right actor; only the
 * secretariat reads it (JSON or CSV, names resolved at reading time); a changed byte in a stored
 * event makes `npm run audit:verify` fail.
 */
import { execFile } from 'node:child_process'
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { createAudit } from '../../server/audit/audit.ts'
import { openEmbeddedStorage } from '../../server/storage/embedded/index.ts'
import { documentName } from '../../shared/protocol.ts'
import { frameRecord, noteRecord } from '../helpers/records.ts'
import { newServer, serverPerFile } from '../helpers/server.ts'

const ctx = serverPerFile()
const api = (token: string | undefined, pathname: string, body?: unknown, method?: string) =>
  ctx.server.api(pathname, { token, body, method })
const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')

async function events(query = '') {
  const { status, body } = await api(ctx.server.adminToken, `/api/audit${query}`)
  expect(status).toBe(200)
  return body.events as any[]
}

/** Runs `action` and expects it to have appended exactly one event, `expected`. */
async function leavesOneEvent(expected: Record<string, unknown>, action: () => Promise<{ status: number }>) {
  const before = (await events()).length
  const { status } = await action()
  expect(status, JSON.stringify(expected)).toBeLessThan(300)
  const added = (await events()).slice(before)
  expect(added, `${expected.action}`).toEqual([expect.objectContaining(expected)])
}

async function auditVerify(dataDir: string) {
  try {
    const { DATABASE_URL: _embedded, ...env } = process.env
    const { stdout } = await run(process.execPath, ['--experimental-strip-types', 'scripts/auditVerify.ts'], {
      cwd: ROOT,
      env: { ...env, DATA_DIR: dataDir },
    })
    return { code: 0, output: stdout }
  } catch (error: any) {
    return { code: error.code as number, output: `${error.stdout}${error.stderr}` }
  }
}

describe('audit trail', () => {
  it('records each action once with its actor, room and target', async () => {
    const admin = { id: 'secretariat', role: 'secretariat' }
    let roomId = ''
    let invites: Record<string, any> = {}
    await leavesOneEvent({ action: 'room.create', actor: expect.objectContaining(admin) }, async () => {
      const created = await api(ctx.server.adminToken, '/api/rooms', {
        title: 'Audit room',
        date: '2026-12-03',
        hostCity: 'Oslo',
        location: 'City Hall',
        admission: 'open',
      })
      roomId = created.body.room.id
      invites = created.body.invites
      return created
    })
    await leavesOneEvent(
      { action: 'invite.revoke', roomId, target: 'observer', actor: expect.objectContaining(admin) },
      () => api(ctx.server.adminToken, `/api/rooms/${roomId}/invites/observer`, undefined, 'DELETE'),
    )
    await leavesOneEvent(
      { action: 'invite.regenerate', roomId, target: 'observer', actor: expect.objectContaining(admin) },
      () => api(ctx.server.adminToken, `/api/rooms/${roomId}/invites/observer`, {}),
    )
    let fia = { token: '', participant: { id: '' } }
    await leavesOneEvent(
      { action: 'participant.join', roomId, actor: expect.objectContaining({ role: 'facilitator', name: 'Fia' }) },
      async () => {
        const joined = await api(undefined, '/api/join', {
          invite: invites.facilitator,
          name: 'Fia',
          city: 'stockholm',
        })
        fia = joined.body
        return joined
      },
    )
    const sven = await ctx.server.join(invites.participant, 'Sven', 'stockholm')
    const asFia = expect.objectContaining({ id: fia.participant.id, role: 'facilitator', name: 'Fia' })
    const asSven = expect.objectContaining({ id: sven.participant.id, role: 'participant', name: 'Sven' })

    const board = await ctx.connect(fia.token, documentName(roomId, 'board'))
    board.records.set('shape:f1', frameRecord('f1', 'Support for families', 0, 0, 800, 500))
    board.records.set('shape:s1', {
      ...noteRecord('s1', 'A helpline for worried parents', 20, 20, { kind: 'solution' }),
      parentId: 'shape:f1',
    })
    board.records.set('shape:f2', frameRecord('f2', 'Schools', 1000, 0, 800, 500))
    board.records.set('shape:s2', {
      ...noteRecord('s2', 'School mentors', 1020, 20, { kind: 'solution' }),
      parentId: 'shape:f2',
    })
    board.records.set(
      'shape:step',
      noteRecord('step', 'Map parent support', 0, 700, { kind: 'next-step', ownerCity: 'stockholm' }),
    )
    await board.acknowledged()

    let snapshotId = ''
    await leavesOneEvent({ action: 'snapshot.take', roomId, actor: asFia }, async () => {
      const taken = await api(fia.token, `/api/rooms/${roomId}/snapshots`, { name: 'End' })
      snapshotId = taken.body.id
      return taken
    })
    await leavesOneEvent({ action: 'snapshot.read', roomId, target: snapshotId, actor: asSven }, () =>
      api(sven.token, `/api/snapshots/${snapshotId}`),
    )
    await leavesOneEvent({ action: 'snapshot.download', roomId, target: snapshotId, actor: asSven }, async () => {
      const response = await fetch(`${ctx.server.url}/api/snapshots/${snapshotId}/download`, {
        headers: { authorization: `Bearer ${sven.token}` },
      })
      expect(response.headers.get('content-disposition')).toMatch(/attachment/)
      expect((await response.json()).id).toBe(snapshotId)
      return response
    })
    let entries: { id: string }[] = []
    let stepId = ''
    await leavesOneEvent({ action: 'distil', roomId, target: snapshotId, actor: asFia }, async () => {
      const distilled = await api(fia.token, `/api/snapshots/${snapshotId}/distill`, {})
      entries = distilled.body.entries
      stepId = distilled.body.nextSteps[0].id
      return distilled
    })
    expect(entries).toHaveLength(2)
    const [first, second] = entries.map((e) => e.id)
    const patch = (id: string, body: unknown) => () => api(ctx.server.adminToken, `/api/entries/${id}`, body, 'PATCH')
    await leavesOneEvent(
      { action: 'entry.edit', roomId, target: first, actor: expect.objectContaining(admin) },
      patch(first, { action: 'edit', title: 'Families' }),
    )
    await leavesOneEvent(
      { action: 'entry.approve', roomId, target: first, actor: expect.objectContaining(admin) },
      patch(first, { action: 'approve' }),
    )
    await leavesOneEvent(
      { action: 'entry.reject', roomId, target: second, actor: expect.objectContaining(admin) },
      patch(second, { action: 'reject' }),
    )
    await api(ctx.server.adminToken, `/api/entries/${second}`, { action: 'reopen' }, 'PATCH')
    await leavesOneEvent(
      { action: 'entry.merge', roomId, target: second, actor: expect.objectContaining(admin) },
      patch(second, { action: 'merge', into: first }),
    )
    await leavesOneEvent({ action: 'nextStep.update', roomId, target: stepId, actor: asSven }, () =>
      api(
        sven.token,
        `/api/next-steps/${encodeURIComponent(stepId)}`,
        { action: 'status', status: 'in-progress' },
        'PATCH',
      ),
    )
    await leavesOneEvent({ action: 'nextStep.signOff', roomId, target: stepId, actor: asSven }, () =>
      api(sven.token, `/api/next-steps/${encodeURIComponent(stepId)}`, { action: 'sign-off' }, 'PATCH'),
    )
    await leavesOneEvent({ action: 'publication.download', roomId, actor: asSven }, async () => {
      const response = await fetch(`${ctx.server.url}/api/publication?rooms=${roomId}&format=md`, {
        headers: { authorization: `Bearer ${sven.token}` },
      })
      await response.text()
      return response
    })
    await leavesOneEvent({ action: 'room.close', roomId, actor: expect.objectContaining(admin) }, () =>
      api(ctx.server.adminToken, `/api/rooms/${roomId}/close`, {}),
    )
    // Closing an already closed room is not a second closing.
    const count = (await events()).length
    await api(ctx.server.adminToken, `/api/rooms/${roomId}/close`, {})
    expect(await events()).toHaveLength(count)

    // Every event of the room, and no other, by roomId; a time range cuts by `at`.
    const ofRoom = await events(`?roomId=${roomId}`)
    expect(ofRoom.every((e) => e.roomId === roomId)).toBe(true)
    expect(ofRoom.map((e) => e.action)).toContain('room.close')
    expect(await events(`?roomId=${roomId}&to=2000-01-01`)).toEqual([])
    expect(await events(`?roomId=${roomId}&from=${ofRoom[0].at}`)).toHaveLength(ofRoom.length)

    // Stored events hold ids and roles, never names.
    const stored = await readFile(path.join(ctx.server.dataDir, 'audit.log'), 'utf8')
    expect(stored).not.toContain('Fia')
    expect(stored).not.toContain('Sven')
  })

  it('is read by the secretariat only, and as CSV with formulas defused', async () => {
    const { room, invites } = await ctx.server.createRoom()
    const tokens = {
      facilitator: (await ctx.server.join(invites.facilitator, 'F', 'oslo')).token,
      participant: (await ctx.server.join(invites.participant, '=HYPERLINK("http://x")', 'oslo')).token,
      observer: (await ctx.server.join(invites.observer, 'O', 'oslo')).token,
      secretariatMember: (await ctx.server.join(invites.facilitator, 'S', 'secretariat')).token,
    }
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      expect((await api(tokens[role], `/api/audit?roomId=${room.id}`)).status, role).toBe(403)
      expect((await api(tokens[role], '/api/audit')).status, role).toBe(403)
    }
    expect((await api(undefined, '/api/audit')).status).toBe(401)
    // A member who joined as the secretariat reads their own room's trail, not the whole log.
    expect((await api(tokens.secretariatMember, `/api/audit?roomId=${room.id}`)).status).toBe(200)
    expect((await api(tokens.secretariatMember, '/api/audit')).status).toBe(403)
    expect((await api(ctx.server.adminToken, '/api/audit?from=yesterday')).status).toBe(400)

    const response = await fetch(`${ctx.server.url}/api/audit?roomId=${room.id}&format=csv`, {
      headers: { authorization: `Bearer ${ctx.server.adminToken}` },
    })
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    const csv = await response.text()
    expect(csv.split('\n')[0]).toBe('at,action,roomId,target,targetName,actorId,actorRole,actorName,prevHash,hash')
    expect(csv).toContain('room.create')
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
  })

  it('shows an erased or unknown person as their id, and never needs to rewrite the log for it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'capital-room-audit-'))
    try {
      const storage = await openEmbeddedStorage(dataDir)
      const people = new Map<string, { name: string; erasedAt?: string }>([['p1', { name: 'Anna' }]])
      const audit = createAudit({
        store: storage.audit,
        metadata: { getParticipant: async (id) => people.get(id) as any },
      })
      await audit.record({ id: 'p1', role: 'participant' }, 'participant.join', { roomId: 'r1' })
      await audit.record({ id: 'secretariat', role: 'secretariat' }, 'participant.erase', {
        roomId: 'r1',
        target: 'p1',
      })
      expect((await audit.read()).map((e) => e.actor.name)).toEqual(['Anna', 'Secretariat'])
      const before = await storage.audit.lines()
      people.set('p1', { name: '', erasedAt: '2026-12-03T10:00:00.000Z' })
      const after = await audit.read()
      expect(after[0].actor.name).toBe('p1')
      expect(after[1]).toMatchObject({ action: 'participant.erase', target: 'p1', targetName: 'p1' })
      expect(await storage.audit.lines()).toEqual(before)
      await storage.close()
      expect((await auditVerify(dataDir)).code).toBe(0)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('keeps a valid chain through erasure and purge: the log is only appended to, and keeps the facts by id', async () => {
    const { room, invites } = await ctx.server.createRoom({ title: 'Erased later' })
    const NAME = 'Zacharias Zorn'
    const zed = await ctx.server.join(invites.participant, NAME, 'oslo')
    const zid = zed.participant.id
    const file = path.join(ctx.server.dataDir, 'audit.log')
    const admin = ctx.server.adminToken
    expect((await api(admin, `/api/rooms/${room.id}/participants/${zid}/export`)).status).toBe(200)
    expect((await events(`?roomId=${room.id}`)).find((e) => e.action === 'participant.join')?.actor.name).toBe(NAME)

    const beforeErasure = await readFile(file, 'utf8')
    expect((await api(admin, `/api/rooms/${room.id}/participants/${zid}/erase`, { confirm: zid })).status).toBe(200)
    const afterErasure = await readFile(file, 'utf8')
    expect(afterErasure.startsWith(beforeErasure)).toBe(true) // appended to, never rewritten
    expect(afterErasure).not.toContain(NAME)
    expect(await auditVerify(ctx.server.dataDir)).toMatchObject({ code: 0 })
    const trail = await events(`?roomId=${room.id}`)
    expect(trail.map((e) => e.action)).toEqual([
      'room.create',
      'participant.join',
      'participant.export',
      'participant.erase',
    ])
    expect(trail[1].actor).toMatchObject({ id: zid, role: 'participant', name: zid })
    expect(trail[3]).toMatchObject({ target: zid, targetName: zid })
    expect(JSON.stringify(trail)).not.toContain(NAME)

    expect((await api(admin, `/api/rooms/${room.id}/purge`, { confirm: room.id })).status).toBe(200)
    expect((await readFile(file, 'utf8')).startsWith(afterErasure)).toBe(true)
    expect(await auditVerify(ctx.server.dataDir)).toMatchObject({ code: 0 })
    expect((await events(`?roomId=${room.id}`)).map((e) => e.action).slice(-1)).toEqual(['room.purge'])
  })

  it('audit:verify passes on an intact log and fails when one byte of a stored event changes', async () => {
    const server = await newServer()
    try {
      const { invites } = await server.createRoom()
      await server.join(invites.participant, 'Pia', 'oslo')
      await server.join(invites.observer, 'Ola', 'oslo')
      const file = path.join(server.dataDir, 'audit.log')
      const intact = await readFile(file, 'utf8')
      const verified = await auditVerify(server.dataDir)
      expect(verified).toMatchObject({ code: 0 })
      expect(verified.output).toContain('3 events')

      // One byte of the second event's role: still valid JSON, but not what was hashed.
      const at = intact.indexOf('"role":"participant"')
      await writeFile(file, `${intact.slice(0, at + 8)}P${intact.slice(at + 9)}`)
      const broken = await auditVerify(server.dataDir)
      expect(broken.code).toBe(1)
      expect(broken.output).toContain('event 2 of 3')

      // A deleted event breaks the chain of the one after it.
      const lines = intact.split('\n')
      await writeFile(file, [lines[0], lines[2], ''].join('\n'))
      expect(await auditVerify(server.dataDir)).toMatchObject({ code: 1 })
      // An incomplete last line (torn, or its newline changed) fails too.
      await writeFile(file, intact.slice(0, -1))
      expect(await auditVerify(server.dataDir)).toMatchObject({ code: 1 })
      await writeFile(file, intact)
      await appendFile(file, '')
      expect(await auditVerify(server.dataDir)).toMatchObject({ code: 0 })
    } finally {
      await server.close()
    }
  })
})
