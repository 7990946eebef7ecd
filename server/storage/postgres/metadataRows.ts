/**
 * The PostgreSQL MetadataStore: each room and participant is its validated JSON in a jsonb column.
 * updateRoom locks the room's row for its read-modify-write, so updates from any instance serialize.
 */
import type pg from 'pg'
import { participantSchema, type Participant } from '../../../shared/schema/participant.ts'
import { inviteTarget, storedRoomSchema, type StoredRoom } from '../../../shared/schema/room.ts'
import type { MetadataStore } from '../types.ts'
import { inTransaction } from './pool.ts'

export class MetadataRows implements MetadataStore {
  private readonly pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.pool = pool
  }

  async listRooms(): Promise<StoredRoom[]> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM rooms ORDER BY position')
    return rows.map((row) => storedRoomSchema.parse(row.data))
  }

  async getRoom(id: string): Promise<StoredRoom | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM rooms WHERE id = $1', [id])
    return rows[0] ? storedRoomSchema.parse(rows[0].data) : undefined
  }

  async findRoomByInvite(code: string) {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM rooms
       WHERE data->'invites'->>'facilitator' = $1 OR data->'invites'->>'observer' = $1
          OR data->'invites'->>'secretariat' = $1
          OR jsonb_path_exists(data->'invites'->'participant', '$.* ? (@ == $code)', jsonb_build_object('code', $1::text))
       ORDER BY position LIMIT 1`,
      [code],
    )
    if (!rows[0]) return undefined
    const room = storedRoomSchema.parse(rows[0].data)
    const target = inviteTarget(room.invites, code)
    return target ? { room, target } : undefined
  }

  async insertRoom(room: StoredRoom): Promise<void> {
    await this.pool.query('INSERT INTO rooms (id, data) VALUES ($1, $2)', [room.id, storedRoomSchema.parse(room)])
  }

  async updateRoom(id: string, change: (room: StoredRoom) => StoredRoom): Promise<StoredRoom | undefined> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ data: unknown }>('SELECT data FROM rooms WHERE id = $1 FOR UPDATE', [id])
      if (!rows[0]) return undefined
      const updated = storedRoomSchema.parse(change(storedRoomSchema.parse(rows[0].data)))
      await client.query('UPDATE rooms SET data = $2 WHERE id = $1', [id, updated])
      return updated
    })
  }

  async getParticipant(id: string): Promise<Participant | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM participants WHERE id = $1', [id])
    return rows[0] ? participantSchema.parse(rows[0].data) : undefined
  }

  async addParticipant(participant: Participant): Promise<void> {
    const valid = participantSchema.parse(participant)
    await this.pool.query('INSERT INTO participants (id, room_id, data) VALUES ($1, $2, $3)', [
      valid.id,
      valid.roomId,
      valid,
    ])
  }

  async updateParticipant(
    id: string,
    change: (participant: Participant) => Participant,
  ): Promise<Participant | undefined> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ data: unknown }>('SELECT data FROM participants WHERE id = $1 FOR UPDATE', [
        id,
      ])
      if (!rows[0]) return undefined
      const updated = participantSchema.parse(change(participantSchema.parse(rows[0].data)))
      await client.query('UPDATE participants SET data = $2 WHERE id = $1', [id, updated])
      return updated
    })
  }

  async listParticipants(roomId: string): Promise<Participant[]> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM participants WHERE room_id = $1 ORDER BY data->>'joinedAt', id`,
      [roomId],
    )
    return rows.map((row) => participantSchema.parse(row.data))
  }

  async findParticipantByPersonalCode(code: string): Promise<Participant | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM participants WHERE data->>'personalCode' = $1`,
      [code],
    )
    return rows[0] ? participantSchema.parse(rows[0].data) : undefined
  }

  async deleteParticipants(ids: string[]): Promise<void> {
    await this.pool.query('DELETE FROM participants WHERE id = ANY($1::text[])', [ids])
  }
}
