/**
 * Faults survived: PostgreSQL unreachable for a while. One server process reaches PostgreSQL through
 * a TCP proxy that goes silent for FREEZE_MS (like a database host gone from the network) while two
 * participants keep editing. The server must stay up, report itself degraded on /api/health, keep the
 * room working in memory (each participant sees the other's edits live) without acknowledging what it
 * could not store, and once the database answers again: health ok, every edit acknowledged within
 * seconds, and every edit stored (checked by restarting the server and loading the board with a fresh
 * participant).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { missing, sleep, startEditing } from '../helpers/editing.ts'
import { api, Cleanups, roomWith, seconds, startInstance } from '../helpers/faults.ts'
import { newParticipant } from '../helpers/participant.ts'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { eventually } from '../helpers/retry.ts'
import { tcpProxy } from '../helpers/tcpProxy.ts'

/** How long the database stays silent. */
const FREEZE_MS = 10_000
/** How soon after the database is back every edit should be acknowledged (the server retries every 2 s at most). */
const RECOVER_WITHIN_MS = 10_000

const baseUrl = await findPostgres()
if (!baseUrl) console.warn('\n*** PostgreSQL does not answer: SKIPPING the PostgreSQL fault tests ***\n')

const cleanups = new Cleanups()
afterEach(() => cleanups.run())

/** A server whose database goes silent for FREEZE_MS while two participants edit; resolves once it answers again. */
async function databaseOutage() {
  const schema = await freshSchema(baseUrl!)
  cleanups.add(() => schema.drop())
  const target = new URL(schema.url)
  const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
  cleanups.add(() => proxy.close())
  const proxied = new URL(schema.url)
  proxied.port = String(proxy.port)
  const server = await startInstance(cleanups, { DATABASE_URL: proxied.toString() })

  const { roomId, tokens, observer } = await roomWith(server.url, ['Astrid', 'Bjørn'])
  const board = documentName(roomId, 'board')
  const people = [
    await newParticipant(server.wsUrl, board, tokens.Astrid),
    await newParticipant(server.wsUrl, board, tokens.Bjørn),
  ]
  for (const participant of people) cleanups.add(() => participant.destroy())
  const editors = [startEditing(people[0], 'astrid'), startEditing(people[1], 'bjorn')]
  cleanups.add(() => editors.forEach((editor) => editor.stop()))
  await eventually(() => expect(editors.every((editor) => editor.acknowledged > 10)).toBe(true), { timeout: 15_000 })
  expect(await api(server.url, '/api/health')).toEqual({ status: 200, body: { ok: true, tldrawLicenseKey: 'missing' } })

  // The database goes silent while both keep editing.
  const writtenBeforeFreeze = editors.map((editor) => editor.written)
  proxy.freeze()
  const frozenAt = Date.now()
  const health = await eventually(
    async () => {
      const answer = await api(server.url, '/api/health')
      expect(answer.status).toBe(503)
      return answer
    },
    { timeout: FREEZE_MS / 2, interval: 200 },
  )
  const degradedAfter = Date.now() - frozenAt
  expect(health.body).toMatchObject({ ok: false, storage: 'degraded' })
  const ackedOnceSilent = editors.map((editor) => editor.acknowledged)
  await sleep(Math.max(0, FREEZE_MS - (Date.now() - frozenAt)))
  // Still up, and the room kept working in memory: each sees every edit the other made, stored or not.
  expect(server.alive(), 'the server process is running').toBe(true)
  const writtenByNow = editors.map((editor) => editor.written)
  await eventually(() => {
    expect(missing(people[1].records, editors[0].ids(writtenByNow[0]))).toEqual([])
    expect(missing(people[0].records, editors[1].ids(writtenByNow[1]))).toEqual([])
  })
  // Nothing was acknowledged while the database was silent, and nobody was disconnected.
  expect(editors.map((editor) => editor.acknowledged)).toEqual(ackedOnceSilent)
  expect(people.flatMap((participant) => participant.events.closed)).toEqual([])
  const writtenDuringFreeze = editors.reduce((sum, editor, i) => sum + editor.written - writtenBeforeFreeze[i], 0)

  proxy.thaw()
  const thawedAt = Date.now()
  await eventually(
    async () =>
      expect(await api(server.url, '/api/health')).toEqual({
        status: 200,
        body: { ok: true, tldrawLicenseKey: 'missing' },
      }),
    { timeout: 15_000, interval: 200 },
  )
  const healthyAfter = Date.now() - thawedAt
  return {
    schema,
    server,
    board,
    observer,
    people,
    editors,
    degradedAfter,
    healthyAfter,
    thawedAt,
    writtenDuringFreeze,
  }
}

describe.skipIf(!baseUrl)('faults: PostgreSQL unreachable for a while', () => {
  it('stays up and degraded, keeps the room working, and acknowledges and stores every edit once the database is back', async () => {
    const outage = await databaseOutage()
    const { server, people, editors } = outage
    await sleep(2000) // keep editing a little after the database is back
    for (const editor of editors) editor.stop()

    // Every edit is acknowledged soon after the database answers, and both see all of them.
    await eventually(
      () => expect(editors.map((editor) => editor.acknowledged)).toEqual(editors.map((editor) => editor.written)),
      {
        timeout: RECOVER_WITHIN_MS,
        interval: 100,
      },
    )
    const allAcknowledgedAfter = Date.now() - outage.thawedAt
    const ids = editors.flatMap((editor) => editor.ids())
    for (const participant of people)
      await eventually(() => expect(missing(participant.records, ids)).toEqual([]), { timeout: 10_000 })

    // Stored: a restarted server (straight to PostgreSQL this time) loads every edit.
    for (const participant of people) participant.destroy()
    await server.kill()
    const restarted = await startInstance(cleanups, { DATABASE_URL: outage.schema.url })
    const checker = await newParticipant(restarted.wsUrl, outage.board, outage.observer)
    cleanups.add(() => checker.destroy())
    expect(missing(checker.records, ids), 'edits missing after the restart').toEqual([])

    console.log(
      `postgres outage: ${seconds(FREEZE_MS)} s silent; health 503 after ${seconds(outage.degradedAfter)} s, ok ${seconds(outage.healthyAfter)} s after it answered; ` +
        `${outage.writtenDuringFreeze} notes written during the outage, seen live by the other participant, none acknowledged until it answered; ` +
        `all ${ids.length} notes acknowledged ${seconds(allAcknowledgedAfter)} s after the database answered (editing went on for 2 s of that) and loaded after a restart, none lost`,
    )
  }, 180_000)
})
