/**
 * A private redis-server as a child process, on a port of its own, that a test can SIGKILL and start
 * again on the same port (never the shared one on 6379, which other tests use).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { connect, createServer, type AddressInfo } from 'node:net'

export interface RedisProcess {
  port: number
  url: string
  /** SIGKILL, then wait for the process to be gone. */
  kill(): Promise<void>
  /** Starts redis-server again on the same port; resolves once it answers PING. */
  start(): Promise<void>
  /** Whether the process is running now. */
  readonly running: boolean
}

/** A port nothing listens on right now (the kernel's pick for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Whether something at `where` (a port on 127.0.0.1, or a redis:// URL) answers a Redis PING within two seconds. */
export function redisAnswers(where: number | string): Promise<boolean> {
  const { hostname, port } = typeof where === 'number' ? { hostname: '127.0.0.1', port: String(where) } : new URL(where)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) })
    const done = (answer: boolean) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(2000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

export async function startRedisProcess(
  binary = process.env.REDIS_SERVER_BIN ?? 'redis-server',
): Promise<RedisProcess> {
  const port = await freePort()
  let child: ChildProcess | null = null
  let exited: Promise<void> = Promise.resolve()

  const start = async () => {
    if (child) throw new Error('redis-server is already running')
    const spawned = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    spawned.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    spawned.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child = spawned
    exited = new Promise((resolve) => {
      spawned.once('exit', () => resolve())
      spawned.once('error', () => resolve())
    })
    const gone = () => {
      if (child === spawned) child = null
    }
    spawned.once('exit', gone)
    spawned.once('error', (error) => {
      output += String(error) // e.g. ENOENT: no redis-server binary
      gone()
    })
    const deadline = Date.now() + 10_000
    while (!(await redisAnswers(port))) {
      if (child !== spawned) throw new Error(`redis-server exited:\n${output}`)
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  await start()
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    async kill() {
      if (!child) return
      child.kill('SIGKILL')
      await exited
    },
    get running() {
      return child !== null
    },
  }
}
