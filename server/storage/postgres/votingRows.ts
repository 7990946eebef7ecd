/**
 * The PostgreSQL VotingStore. changeVotes locks the room's open round row for its read-decide-write,
 * so two requests (on any instances) cannot both spend a participant's last dot, and a vote cannot
 * land in a round another instance is closing. Closing a round stores its results in the round's row
 * (`data.results`) and deletes its ballots in the same transaction.
 */
import type pg from 'pg'
import { resultsSchema, roundSchema, voteSchema, type Round, type Vote } from '../../../shared/schema/voting.ts'
import type { ClosedRound, CountVotes, VoteChange, VotingStore } from '../types.ts'
import { inTransaction } from './pool.ts'

export class VotingRows implements VotingStore {
  private readonly pool: pg.Pool

  constructor(pool: pg.Pool) {
    this.pool = pool
  }

  async openRound(round: Round): Promise<boolean> {
    const valid = roundSchema.parse(round)
    // The partial unique index allows one open round per room; a second one is not inserted.
    const { rowCount } = await this.pool.query(
      'INSERT INTO voting_rounds (id, room_id, status, data) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [valid.id, valid.roomId, valid.status, valid],
    )
    return rowCount === 1
  }

  async openRoundOf(roomId: string): Promise<Round | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM voting_rounds WHERE room_id = $1 AND status = 'open'`,
      [roomId],
    )
    return rows[0] ? roundSchema.parse(rows[0].data) : undefined
  }

  async closeRound(roomId: string, closedAt: string, count: CountVotes): Promise<ClosedRound | undefined> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ data: unknown }>(
        `UPDATE voting_rounds SET status = 'closed', data = data || jsonb_build_object('status', 'closed', 'closedAt', $2::text)
         WHERE room_id = $1 AND status = 'open' RETURNING data`,
        [roomId, closedAt],
      )
      if (!rows[0]) return undefined
      const round = roundSchema.parse(rows[0].data)
      return { round, results: await seal(client, round, count) }
    })
  }

  async sealClosedRounds(count: CountVotes): Promise<number> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT id FROM voting_rounds WHERE status = 'closed' AND NOT data ? 'results'`,
    )
    let sealed = 0
    for (const { id } of rows) {
      sealed += await inTransaction(this.pool, async (client) => {
        // Another instance starting at the same time may have sealed it meanwhile.
        const locked = await client.query<{ data: unknown }>(
          `SELECT data FROM voting_rounds WHERE id = $1 AND status = 'closed' AND NOT data ? 'results' FOR UPDATE`,
          [id],
        )
        if (!locked.rows[0]) return 0
        await seal(client, roundSchema.parse(locked.rows[0].data), count)
        return 1
      })
    }
    return sealed
  }

  async deleteRoom(roomId: string): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM votes WHERE round_id IN (SELECT id FROM voting_rounds WHERE room_id = $1)', [
        roomId,
      ])
      const { rowCount } = await client.query('DELETE FROM voting_rounds WHERE room_id = $1', [roomId])
      return rowCount ?? 0
    })
  }

  async votes(roundId: string): Promise<Vote[]> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      'SELECT data FROM votes WHERE round_id = $1 ORDER BY id',
      [roundId],
    )
    return rows.map((row) => voteSchema.parse(row.data))
  }

  async closedRounds(roomId: string): Promise<ClosedRound[]> {
    const { rows } = await this.pool.query<{ data: unknown; results: unknown }>(
      `SELECT data, data->'results' AS results FROM voting_rounds WHERE room_id = $1 AND status = 'closed' AND data ? 'results'
       ORDER BY data->>'closedAt'`,
      [roomId],
    )
    return rows.map((row) => ({ round: roundSchema.parse(row.data), results: resultsSchema.parse(row.results) }))
  }

  async changeVotes(
    roomId: string,
    participantId: string,
    decide: (round: Round | undefined, own: Vote[]) => VoteChange,
  ) {
    return inTransaction(this.pool, async (client) => {
      const locked = await client.query<{ data: unknown }>(
        `SELECT data FROM voting_rounds WHERE room_id = $1 AND status = 'open' FOR UPDATE`,
        [roomId],
      )
      const round = locked.rows[0] ? roundSchema.parse(locked.rows[0].data) : undefined
      const ownOf = async () => {
        if (!round) return []
        const { rows } = await client.query<{ data: unknown }>(
          'SELECT data FROM votes WHERE round_id = $1 AND participant_id = $2 ORDER BY id',
          [round.id, participantId],
        )
        return rows.map((row) => voteSchema.parse(row.data))
      }
      const change = decide(round, await ownOf())
      if ('refusal' in change) return { refusal: change.refusal, round, ownVotes: await ownOf() }
      if ('add' in change) {
        const vote = voteSchema.parse(change.add)
        await client.query('INSERT INTO votes (round_id, participant_id, data) VALUES ($1, $2, $3)', [
          vote.roundId,
          vote.participantId,
          vote,
        ])
      } else if (round) {
        await client.query(
          `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE round_id = $1 AND participant_id = $2 AND data->>'targetId' = $3 ORDER BY id DESC LIMIT 1)`,
          [round.id, participantId, change.removeTargetId],
        )
      }
      return { refusal: null, round, ownVotes: await ownOf() }
    })
  }
}

/** Stores the closed round's results in its row and deletes its ballots (within the caller's transaction). */
async function seal(client: pg.PoolClient, round: Round, count: CountVotes) {
  const { rows } = await client.query<{ data: unknown }>('SELECT data FROM votes WHERE round_id = $1 ORDER BY id', [
    round.id,
  ])
  const results = resultsSchema.parse(
    count(
      round,
      rows.map((row) => voteSchema.parse(row.data)),
    ),
  )
  await client.query(`UPDATE voting_rounds SET data = data || jsonb_build_object('results', $2::jsonb) WHERE id = $1`, [
    round.id,
    JSON.stringify(results),
  ])
  await client.query('DELETE FROM votes WHERE round_id = $1', [round.id])
  return results
}
