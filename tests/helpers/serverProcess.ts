/** The real server as a child process (node server/main.ts), for tests that kill it. */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface ServerProcess {
  url: string
  wsUrl: string
  child: ChildProcess
  /** SIGKILL, then wait for the process to be gone. */
  kill(): Promise<void>
}

const MAIN = path.resolve(import.meta.dirname, '../../server/main.ts')
const START_TIMEOUT_MS = 60_000

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: a loaded machine takes over 10 s to start one. A server that does not start is killed,
    // or it would outlive the test run.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running on (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/collab`,
    child,
    async kill() {
      child.kill('SIGKILL')
      await exited
    },
  }
}
