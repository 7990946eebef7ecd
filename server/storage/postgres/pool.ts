/**
 * The PostgreSQL connection pool, with timeouts on everything: while the database does not answer, a
 * query must fail rather than hang, so an append rejects (its sender is disconnected and resends) and
 * the health check reports the outage.
 */
import pg from 'pg'
import type { Logger } from 'pino'

export interface PoolOptions {
  /** postgres:// connection string (DATABASE_URL). */
  connectionString: string
  /** Give up opening a connection after this many ms. Default 5000. */
  connectTimeoutMs?: number
  /** Give up on a query after this many ms, on the server (statement_timeout) and in the client. Default 10000. */
  queryTimeoutMs?: number
  /** Most connections the pool opens. Default 10. */
  max?: number
  log: Logger
}

export function createPool(options: PoolOptions): pg.Pool {
  const queryTimeoutMs = options.queryTimeoutMs ?? 10_000
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: queryTimeoutMs,
    // The client-side timeout also covers a server that vanished without closing the socket.
    query_timeout: queryTimeoutMs + 1_000,
    idle_in_transaction_session_timeout: queryTimeoutMs * 3,
    keepAlive: true,
  })
  // An idle client losing its connection emits 'error' on the pool: unhandled, it would crash the process.
  pool.on('error', (error) => options.log.warn({ err: error }, 'an idle PostgreSQL connection failed'))
  return pool
}

/** Runs `work` in one transaction on one client: committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError))
    throw error
  } finally {
    // A client whose rollback failed is in an unknown state: destroy it instead of reusing it.
    client.release(broken)
  }
}
