/**
 * Erasure and purge in PostgreSQL mode, end to end: after erasing a person, no row of the database —
 * and, when the test may read the server's data directory, no byte of its tables' files — holds their
 * name; after a purge, none holds the text of the room's unapproved ideas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { findPostgres, freshSchema, type TestSchema } from '../helpers/postgres.ts'
import { postgresHolds } from '../helpers/postgresHolds.ts'
import { noteRecord } from '../helpers/records.ts'
import { newServer, type TestServer } from '../helpers/server.ts'

const baseUrl = await findPostgres()
if (!baseUrl)
  console.warn(
    '\n*** PostgreSQL does not answer on 127.0.0.1:5432 (or TEST_DATABASE_URL): SKIPPING the PostgreSQL privacy tests ***\n',
  )

describe.skipIf(!baseUrl)('erasure and purge in PostgreSQL mode', () => {
  let schema: TestSchema
  let server: TestServer
  const opened: Participant[] = []
  beforeAll(async () => {
    schema = await freshSchema(baseUrl!)
    server = await newServer({ DATABASE_URL: schema.url })
  })
  afterAll(async () => {
    for (const participant of opened) participant.destroy()
    await server?.close()
    await schema?.drop()
  })

  it('leaves neither an erased name nor a purged room’s unapproved ideas in the database', async () => {
    const admin = server.adminToken
    const { room, invites } = await server.createRoom()
    const fia = await server.join(invites.facilitator, 'Fia Postgres', 'oslo')
    const zelda = await server.join(invites.participant, 'Zelda Pgerasable', 'stockholm')
    const board = await newParticipant(server.wsUrl, documentName(room.id, 'board'), zelda.token)
    opened.push(board)
    const named = { authorId: zelda.participant.id, authorName: 'Zelda Pgerasable', city: 'stockholm' }
    board.records.set(
      'shape:z1',
      noteRecord('z1', 'Unapproved: a registry of families in Postgres', 0, 0, { kind: 'challenge', ...named }),
    )
    await board.acknowledged()
    const snapshot = await server.api(`/api/rooms/${room.id}/snapshots`, {
      token: fia.token,
      body: { name: 'With Zelda' },
    })
    expect(snapshot.status).toBe(201)
    expect(await postgresHolds(schema.url, 'Zelda Pgerasable')).not.toEqual([])

    const erased = await server.api(`/api/rooms/${room.id}/participants/${zelda.participant.id}/erase`, {
      token: admin,
      body: { confirm: zelda.participant.id },
    })
    expect(erased.body).toMatchObject({ ideas: 1, snapshots: 1, participants: 1 })
    expect(await postgresHolds(schema.url, 'Zelda Pgerasable')).toEqual([])
    expect((await server.api('/api/session', { token: zelda.token })).status).toBe(401)

    expect(await postgresHolds(schema.url, 'Unapproved: a registry')).not.toEqual([])
    const purged = await server.api(`/api/rooms/${room.id}/purge`, { token: admin, body: { confirm: room.id } })
    expect(purged.body.room).toMatchObject({ status: 'purged' })
    expect(await postgresHolds(schema.url, 'Unapproved: a registry')).toEqual([])
    expect(await postgresHolds(schema.url, 'Fia Postgres')).toEqual([])
  })
})
