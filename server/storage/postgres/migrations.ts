/**
 * Schema migrations, applied at start in one transaction. Each migration is numbered; an applied one
 * is recorded in schema_migrations and never runs again, so a migration, once released, never changes:
 * change the schema by adding the next one.
 */
import type pg from 'pg'
import { inTransaction } from './pool.ts'

interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, rooms, participants, secrets',
    sql: `
      -- One row per document: its compacted snapshot (Yjs v2), and the row compaction locks.
      CREATE TABLE documents (
        name text PRIMARY KEY,
        snapshot bytea,
        compacted_at timestamptz
      );
      -- The update log: one row per accepted update (Yjs v1), in insertion order.
      CREATE TABLE document_updates (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        data bytea NOT NULL
      );
      CREATE INDEX document_updates_name_id ON document_updates (name, id);

      -- A room is its StoredRoom JSON; position keeps the order rooms were created in.
      CREATE TABLE rooms (
        id text PRIMARY KEY,
        position bigserial NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX rooms_invite_facilitator ON rooms ((data->'invites'->>'facilitator'));
      CREATE INDEX rooms_invite_participant ON rooms ((data->'invites'->>'participant'));
      CREATE INDEX rooms_invite_observer ON rooms ((data->'invites'->>'observer'));

      CREATE TABLE participants (
        id text PRIMARY KEY,
        room_id text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX participants_room ON participants (room_id);

      -- Shared by every instance: the session-signing key (and a generated admin token).
      CREATE TABLE secrets (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'voting rounds and votes',
    sql: `
      -- A round is its Round JSON; at most one open round per room.
      CREATE TABLE voting_rounds (
        id text PRIMARY KEY,
        room_id text NOT NULL,
        status text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE UNIQUE INDEX voting_rounds_one_open ON voting_rounds (room_id) WHERE status = 'open';
      -- One row per dot; id keeps the order they were cast in.
      CREATE TABLE votes (
        id bigserial PRIMARY KEY,
        round_id text NOT NULL,
        participant_id text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX votes_round_participant ON votes (round_id, participant_id);
    `,
  },
  {
    version: 3,
    name: 'snapshots and distilled code',
    sql: `
      -- A snapshot is immutable: its JSON, and its summary for lists.
      CREATE TABLE snapshots (
        id text PRIMARY KEY,
        room_id text NOT NULL,
        taken_at timestamptz NOT NULL,
        summary jsonb NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX snapshots_room ON snapshots (room_id, taken_at);
      -- One row per room: its entries and next steps ({ entries, nextSteps }), changed under a row lock.
      CREATE TABLE code_rooms (
        room_id text PRIMARY KEY,
        data jsonb NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'audit log',
    sql: `
      -- The audit trail: one row per event, its line exactly as hashed (text, not jsonb, so that
      -- audit:verify checks the stored bytes); seq is the chain's order.
      CREATE TABLE audit_events (
        seq bigserial PRIMARY KEY,
        room_id text,
        at timestamptz NOT NULL,
        line text NOT NULL
      );
      CREATE INDEX audit_events_room ON audit_events (room_id, seq);
      -- Append-only: the server never changes or deletes an event (erasure and purge included).
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_events is append-only'; END
      $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
    `,
  },
]

/** Applies the migrations not applied yet. Instances starting together take turns (advisory lock). */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('capital-room:migrations'))`)
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`)
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(rows.map((row) => row.version))
    const newlyApplied: number[] = []
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue
      await client.query(migration.sql)
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
      newlyApplied.push(migration.version)
    }
    return newlyApplied
  })
}
