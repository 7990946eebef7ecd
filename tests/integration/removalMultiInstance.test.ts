/**
 * Removal reaches every instance (issue 16 §1): two servers share PostgreSQL and Redis; a participant
 * connected to instance B is removed through instance A. B refuses their token on REST at once (the
 * shared participant store) and closes their open socket with 4410 `removed` (the Redis instance events).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant } from '../helpers/participant.ts'
import { redisAnswers } from '../helpers/redisProcess.ts'
import { findPostgres, freshSchema } from '../helpers/postgres.ts'
import { eventually } from '../helpers/retry.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

const baseUrl = await findPostgres()
const redisUp = await redisAnswers(REDIS_URL)
const cleanups: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe.skipIf(!baseUrl || !redisUp)('removal across instances', () => {
  it('a participant removed on A is refused on B at once, and their socket on B closes with 4410 within 2 s', async () => {
    const schema = await freshSchema(baseUrl!)
    cleanups.push(() => schema.drop())
    const env = { DATABASE_URL: schema.url, REDIS_URL, CAPITAL_ADMIN_TOKEN: 'multi-instance-admin-token-0123456789' }
    const a: TestServer = await newServer(env)
    cleanups.push(() => a.close())
    const b: TestServer = await newServer(env)
    cleanups.push(() => b.close())

    const { room, invites } = await a.createRoom()
    const fia = await a.join(invites.facilitator, 'Fia', 'expert')
    const mallory = await b.join(invites.participant, 'Mallory', 'oslo')
    const socket = await newParticipant(b.wsUrl, documentName(room.id, 'board'), mallory.token)
    cleanups.push(async () => socket.destroy())
    expect((await b.api('/api/session', { token: mallory.token })).status).toBe(200)

    const removedAt = Date.now()
    expect(
      (
        await a.api(`/api/rooms/${room.id}/participants/${mallory.participant.id}`, {
          method: 'DELETE',
          token: fia.token,
        })
      ).status,
    ).toBe(200)
    expect((await b.api('/api/session', { token: mallory.token })).status).toBe(401)
    await eventually(() => expect(socket.events.closed).toContainEqual({ code: 4410, reason: 'removed' }), {
      timeout: 2000,
    })
    console.log(`removal on A closed the socket on B after ${Date.now() - removedAt} ms`)
  })
})
