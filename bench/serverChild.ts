/**
 * A server under test, alone in this child process so that its CPU and memory can be measured:
 * `capital` is the real server (embedded storage in the DATA_DIR given as argv[3]), `bare` a plain
 * Hocuspocus Server with no extensions (no auth, no validation, no persistence).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Server } from '@hocuspocus/server'
import { readConfig } from '../server/config.ts'
import { startServer } from '../server/start.ts'
import type { FromServer, ServerKind, ToServer, Usage } from './messages.ts'

const kind = process.argv[2] as ServerKind
const dataDir = process.argv[3]
const compactAfterBytes = process.argv[4]

function send(message: FromServer) {
  process.send!(message)
}

// How late the event loop runs what is due: time the server itself is blocked, whatever the harness does.
const loopDelay = monitorEventLoopDelay({ resolution: 1 })
loopDelay.enable()

function usage(): Usage {
  const delay = { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 }
  loopDelay.reset()
  return {
    cpu: process.cpuUsage(),
    mainThreadCpu: process.threadCpuUsage(),
    rss: process.memoryUsage().rss,
    maxRss: process.resourceUsage().maxRSS * 1024,
    loopDelay: delay,
  }
}

async function start(): Promise<{ port: number; adminToken: string; close: () => Promise<void> }> {
  if (kind === 'capital') {
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      // Every simulated participant joins from 127.0.0.1; in a real room they come from many addresses.
      JOINS_PER_MINUTE: '100000',
      // One seeder writes the whole board and every simulated participant connects from 127.0.0.1:
      // the per-participant quota and the per-address socket cap are for real rooms.
      BOARD_QUOTA_RECORDS: '10000000',
      BOARD_QUOTA_BYTES: '10000000000',
      MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS: '100000',
      MAX_UNAUTHENTICATED_SOCKETS: '100000',
      ...(compactAfterBytes ? { COMPACT_AFTER_BYTES: compactAfterBytes } : {}),
    })
    const server = await startServer(config)
    return { port: server.port, adminToken: server.adminToken, close: () => server.close() }
  }
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
  await server.listen()
  return { port: server.address.port, adminToken: '', close: () => server.destroy() }
}

// The coordinator going away (even killed) must not leave this process behind.
process.on('disconnect', () => process.exit(0))

try {
  const server = await start()
  process.on('message', async (message: ToServer) => {
    if (message.type === 'usage') send({ type: 'usage', usage: usage() })
    if (message.type === 'stop') {
      await server.close().catch(() => {})
      send({ type: 'stopped' })
      process.disconnect?.()
    }
  })
  send({ type: 'listening', port: server.port, adminToken: server.adminToken })
} catch (error) {
  send({ type: 'failed', message: (error as Error).stack ?? String(error) })
  process.exit(1)
}
