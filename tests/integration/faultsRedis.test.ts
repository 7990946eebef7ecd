/**
 * Faults survived: Redis restarted during a session. Two server processes share PostgreSQL and a
 * private redis-server (SIGKILLed and started again on the same port); a participant on each keeps
 * editing the same board. While Redis is down each instance still stores what its own participants
 * send, but the other instance's participants do not see it live. Once Redis is back the instances
 * must converge again by themselves, and nothing acknowledged may be lost: fresh participants on both
 * instances, and a third instance loading from PostgreSQL, see every acknowledged edit.
 */
import { afterEach, describe, expect, it, onTestFailed } from 'vitest'
import { Redis as RedisClient } from 'ioredis'
import { documentName } from '../../shared/protocol.ts'
import { missing, sleep, startEditing, type Editor } from '../helpers/editing.ts'
import { Cleanups, roomWith, seconds, startInstance, type Instance } from '../helpers/faults.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { noteRecord } from '../helpers/records.ts'
import { startRedisProcess, type RedisProcess } from '../helpers/redisProcess.ts'
import { eventually } from '../helpers/retry.ts'

/** How long Redis stays down. */
const OUTAGE_MS = 4_000
/**
 * How long the instances get to converge once Redis is back (and someone edits). It takes about 1 s
 * alone and up to ~10 s on a loaded two-core machine; a hung connection attempt times out after 3 s
 * and is retried.
 */
const CONVERGE_WITHIN_MS = 30_000
/** How long Redis stays down after the last edit of the outage, in the quiet tests. */
const QUIET_OUTAGE_MS = 10_000
/** How long the quiet tests wait for the instances to converge by themselves. */
const QUIET_WATCH_MS = 10_000

const baseUrl = await findPostgres()
const redisBinary = await startRedisProcess()
  .then(async (redis) => {
    await redis.kill()
    return true
  })
  .catch(() => false)
if (!baseUrl || !redisBinary)
  console.warn(
    `\n*** ${!baseUrl ? 'PostgreSQL does not answer' : 'no redis-server binary'}: SKIPPING the Redis fault tests ***\n`,
  )

const cleanups = new Cleanups()
afterEach(() => cleanups.run())

interface Session {
  redis: RedisProcess
  a: Instance
  b: Instance
  board: string
  tokens: Record<string, string>
  observer: string
  alice: Participant
  bob: Participant
  schemaUrl: string
}

/** Two instances on one fresh schema and a private Redis; Astrid edits on A, Bjørn on B. */
async function twoInstances(): Promise<Session> {
  const schema = await freshSchema(baseUrl!)
  cleanups.add(() => schema.drop())
  const redis = await startRedisProcess()
  cleanups.add(() => redis.kill())
  // At info, the logs say when each instance lost Redis and when it had it back (shown if convergence fails).
  const env = { DATABASE_URL: schema.url, REDIS_URL: redis.url, LOG_LEVEL: 'info' }
  const [a, b] = [await startInstance(cleanups, env), await startInstance(cleanups, env)]
  onTestFailed(() => {
    for (const [name, instance] of [
      ['A', a],
      ['B', b],
    ] as const)
      console.error(
        `instance ${name} (${instance.alive() ? 'running' : `exited: ${instance.child.exitCode ?? instance.child.signalCode}`}), its last log lines:\n${instance.log.slice(-40).join('\n')}`,
      )
  })
  const { roomId, tokens, observer } = await roomWith(a.url, ['Astrid', 'Bjørn'])
  const board = documentName(roomId, 'board')
  const alice = await connect(a, board, tokens.Astrid)
  const bob = await connect(b, board, tokens.Bjørn)
  // The relay works before anything goes wrong.
  alice.records.set('shape:before', noteRecord('before', 'Before the outage'))
  await eventually(() => expect(bob.records.has('shape:before')).toBe(true), { timeout: 10_000 })
  return { redis, a, b, board, tokens, observer, alice, bob, schemaUrl: schema.url }
}

async function connect(instance: Instance, board: string, token: string) {
  const participant = await newParticipant(instance.wsUrl, board, token)
  cleanups.add(() => participant.destroy())
  return participant
}

/** Resolves with the time it took until each participant has every note the other one wrote (up to `counts`). */
async function convergence(
  session: Session,
  editors: { alice: Editor; bob: Editor },
  counts = { alice: editors.alice.written, bob: editors.bob.written },
  timeout = CONVERGE_WITHIN_MS,
) {
  const started = Date.now()
  await eventually(
    () => {
      const onB = missing(session.bob.records, editors.alice.ids(counts.alice))
      const onA = missing(session.alice.records, editors.bob.ids(counts.bob))
      expect(
        { missingOnB: onB.length, missingOnA: onA.length },
        `notes from A missing on B (${onB.slice(0, 3)}…) or from B on A (${onA.slice(0, 3)}…)`,
      ).toEqual({ missingOnB: 0, missingOnA: 0 })
    },
    { timeout, interval: 50 },
  ).catch((error) => {
    // A rare CI failure (no convergence at all within the timeout) has not been reproduced: keep what the instances said about Redis.
    for (const [name, instance] of [
      ['A', session.a],
      ['B', session.b],
    ] as const) {
      console.error(
        `instance ${name}, its log lines about Redis:\n${instance.log
          .filter((line) => /redis/i.test(line))
          .slice(-20)
          .join('\n')}`,
      )
    }
    throw error
  })
  return Date.now() - started
}

/** Every acknowledged note is on a fresh participant of A, of B, and of a third instance that loads from PostgreSQL. */
async function nothingLost(session: Session, editors: Editor[]) {
  const ids = editors.flatMap((editor) => editor.ids(editor.acknowledged))
  for (const instance of [session.a, session.b]) {
    const fresh = await connect(instance, session.board, session.observer)
    expect(missing(fresh.records, ids), `acknowledged notes missing on a fresh participant of ${instance.url}`).toEqual(
      [],
    )
  }
  session.alice.destroy()
  session.bob.destroy()
  const c = await startInstance(cleanups, { DATABASE_URL: session.schemaUrl, REDIS_URL: session.redis.url })
  const fresh = await connect(c, session.board, session.observer)
  expect(missing(fresh.records, ids), 'acknowledged notes missing from PostgreSQL').toEqual([])
  return ids.length
}

describe.skipIf(!baseUrl || !redisBinary)('faults: Redis restarted during a session', () => {
  it('instances converge again while people keep editing through the outage, and nothing acknowledged is lost', {
    timeout: 180_000,
  }, async () => {
    const session = await twoInstances()
    const editors = await startBoth(session)

    await session.redis.kill()
    const writtenAtKill = { alice: editors.alice.written, bob: editors.bob.written }
    await sleep(OUTAGE_MS)
    // While Redis is down, what A's participant writes does not reach B live (and the other way round).
    const crossed = editors.alice
      .ids()
      .slice(writtenAtKill.alice + 5)
      .filter((id) => session.bob.records.has(id)).length
    expect(crossed, 'notes crossed instances while Redis was down').toBe(0)
    await session.redis.start()
    const writtenAtReturn = { alice: editors.alice.written, bob: editors.bob.written }

    const convergedAfter = await convergence(session, editors, writtenAtReturn)
    await sleep(1000) // keep editing a little longer, then stop and settle
    editors.alice.stop()
    editors.bob.stop()
    await Promise.all([session.alice.acknowledged(30_000), session.bob.acknowledged(30_000)])
    await convergence(session, editors)
    const stored = await nothingLost(session, [editors.alice, editors.bob])
    const duringOutage = writtenAtReturn.alice - writtenAtKill.alice + writtenAtReturn.bob - writtenAtKill.bob
    console.log(
      `redis restart (editing throughout): converged ${seconds(convergedAfter)} s after Redis returned; ` +
        `${duringOutage} notes written during the ${seconds(OUTAGE_MS)} s outage; ${stored} acknowledged notes, none lost`,
    )
  })

  it('after a long outage, the next edit on either instance brings both up to date, and nothing acknowledged is lost', async () => {
    const session = await twoInstances()
    const editors = await outageThenQuiet(session)
    await session.redis.start()
    const returnedAt = Date.now()
    // Nobody edits: the instances should catch up by themselves (the next test requires it); report it either way.
    const quiet = await convergence(session, editors, undefined, QUIET_WATCH_MS).then(
      (ms) => `converged by itself ${seconds(ms)} s after Redis returned`,
      () => `had not converged by itself ${seconds(Date.now() - returnedAt)} s after Redis returned`,
    )
    // One edit on B: its instance asks A for what it lacks, and A for what B has (SyncStep1 both ways).
    const nudgedAt = Date.now()
    session.bob.records.set('shape:after', noteRecord('after', 'After the outage', 0, 500))
    const healedAfter = await convergence(session, editors)
    await eventually(() => expect(session.alice.records.has('shape:after')).toBe(true))
    const stored = await nothingLost(session, [editors.alice, editors.bob])
    console.log(
      `redis restart (${seconds(editors.outageMs)} s outage, quiet afterwards): ${quiet}; one edit on B made them converge in ` +
        `${seconds(healedAfter)} s (${seconds(Date.now() - nudgedAt)} s incl. checks); ${editors.duringOutage} notes written during the outage; ${stored} acknowledged notes, none lost`,
    )
  }, 180_000)

  /*
   * The Redis extension relays only new changes; when Redis comes back, the relay announces every
   * loaded document again (SyncStep1), so instances catch up without waiting for the next edit.
   */
  it('instances converge by themselves once Redis returns after a long outage, with no further edits', async () => {
    const session = await twoInstances()
    const editors = await outageThenQuiet(session)
    await session.redis.start()
    await convergence(session, editors, undefined, QUIET_WATCH_MS)
  }, 180_000)
})

/*
 * The Redis extension answers another instance's request (a SyncStep1 after every change, a query
 * for presence) with a publish whose promise nobody awaits. If that publish fails, as it does when this
 * instance's publisher connection is down while its subscriber still listens, the rejection must not
 * end the process: an unhandled rejection exits Node, and every participant of the instance with it.
 */
describe.skipIf(!baseUrl || !redisBinary)('faults: Redis publisher cut off while the subscriber listens', () => {
  it('the instance keeps running, and relays again once its publisher is back', async () => {
    const schema = await freshSchema(baseUrl!)
    cleanups.add(() => schema.drop())
    const redis = await startRedisProcess()
    cleanups.add(() => redis.kill())
    const admin = new RedisClient(redis.url)
    cleanups.add(() => admin.disconnect())
    // B connects as its own Redis user, so that its connections can be told apart from A's.
    await admin.call('ACL', 'SETUSER', 'bee', 'on', '>bee-password', '~*', '&*', '+@all')
    const env = { DATABASE_URL: schema.url, LOG_LEVEL: 'info' }
    const a = await startInstance(cleanups, { ...env, REDIS_URL: redis.url })
    const b = await startInstance(cleanups, { ...env, REDIS_URL: `redis://bee:bee-password@127.0.0.1:${redis.port}` })
    const { roomId, tokens } = await roomWith(a.url, ['Astrid', 'Bjørn'])
    const board = documentName(roomId, 'board')
    const alice = await connect(a, board, tokens.Astrid)
    const bob = await connect(b, board, tokens.Bjørn)
    alice.records.set('shape:before', noteRecord('before', 'Before the cut'))
    await eventually(() => expect(bob.records.has('shape:before')).toBe(true), { timeout: 10_000 })

    // No new connection is let in, then B's ordinary connections are closed: its publishers cannot come
    // back, its subscriber (a pub/sub connection) still hears A.
    const clients = Number(/connected_clients:(\d+)/.exec(await admin.info('clients'))![1])
    await admin.config('SET', 'maxclients', String(clients - 2))
    expect(await admin.call('CLIENT', 'KILL', 'USER', 'bee', 'TYPE', 'normal')).toBeGreaterThan(0)
    // A's edits reach B's subscriber (as a SyncStep1: "here is what I have"); B answers each with a
    // publish, which fails after ioredis's 3 retries.
    for (let i = 0; i < 5; i++) alice.records.set(`shape:cut-${i}`, noteRecord(`cut-${i}`, `During the cut ${i}`))
    await eventually(() => expect(b.log.join('\n')).toMatch(/could not publish to Redis|MaxRetriesPerRequestError/), {
      timeout: 15_000,
    })

    await admin.config('SET', 'maxclients', '10000')
    await eventually(
      () => {
        expect(b.alive(), `instance B exited:\n${b.log.slice(-8).join('\n')}`).toBe(true)
        expect(b.log.join('\n')).toMatch(/Redis is back \(publisher connection\)/)
      },
      { timeout: 15_000 },
    )
    bob.records.set('shape:after', noteRecord('after', 'After the cut'))
    await eventually(
      () => {
        expect(alice.records.has('shape:after')).toBe(true)
        expect(bob.records.has('shape:cut-4')).toBe(true)
      },
      { timeout: 10_000 },
    )
  }, 60_000)
})

async function startBoth(session: Session) {
  const editors = { alice: startEditing(session.alice, 'astrid'), bob: startEditing(session.bob, 'bjorn') }
  cleanups.add(() => {
    editors.alice.stop()
    editors.bob.stop()
  })
  await eventually(() => expect(editors.alice.acknowledged > 10 && editors.bob.acknowledged > 10).toBe(true), {
    timeout: 15_000,
  })
  return editors
}

/**
 * Redis goes down while both edit; both stop after OUTAGE_MS and every edit is acknowledged (each
 * instance stored its own participant's edits: PostgreSQL is fine). Redis stays down QUIET_OUTAGE_MS
 * longer, past the point where ioredis has failed every publish it had queued.
 */
async function outageThenQuiet(session: Session) {
  const editors = await startBoth(session)
  const killedAt = Date.now()
  await session.redis.kill()
  const writtenAtKill = { alice: editors.alice.written, bob: editors.bob.written }
  await sleep(OUTAGE_MS)
  editors.alice.stop()
  editors.bob.stop()
  // A loaded machine may acknowledge the outage's backlog slowly: allow for it (full-suite runs have taken
  // over 60 s; alone it is usually acknowledged at once). The test's own limit is 180 s.
  await Promise.all([session.alice.acknowledged(120_000), session.bob.acknowledged(120_000)])
  expect(editors.alice.acknowledged).toBe(editors.alice.written)
  expect(editors.bob.acknowledged).toBe(editors.bob.written)
  await sleep(QUIET_OUTAGE_MS)
  const duringOutage = editors.alice.written - writtenAtKill.alice + editors.bob.written - writtenAtKill.bob
  return { ...editors, duringOutage, outageMs: Date.now() - killedAt }
}
