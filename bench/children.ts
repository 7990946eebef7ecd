/**
 * The coordinator's child processes: every fork is registered so that it is ended (by its own handle)
 * when the bench finishes or fails, and each answers requests over IPC with a bounded wait.
 */
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const running = new Set<ChildProcess>()

export interface Child<In, Out extends { type: string }> {
  process: ChildProcess
  send(message: In): void
  /** The next message of this type (messages of other types are ignored); rejects after timeoutMs. */
  next<T extends Out['type']>(type: T, timeoutMs: number): Promise<Extract<Out, { type: T }>>
  /** Resolves once the process has exited; kills it if it has not after graceMs. */
  ended(graceMs: number): Promise<void>
}

export function forkChild<In, Out extends { type: string }>(
  file: string,
  args: string[],
  label: string,
): Child<In, Out> {
  const child = fork(path.resolve(import.meta.dirname, file), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  running.add(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  exited.then(() => running.delete(child))
  const queue: Out[] = []
  const waiters: ((message: Out) => boolean)[] = []
  child.on('message', (message: Out) => {
    if ((message as { type: string }).type === 'failed')
      console.error(`${label} failed: ${(message as unknown as { message: string }).message}`)
    const index = waiters.findIndex((waiter) => waiter(message))
    if (index >= 0) waiters.splice(index, 1)
    else queue.push(message)
  })
  return {
    process: child,
    send(message) {
      child.send(message as object)
    },
    next(type, timeoutMs) {
      const queued = queue.findIndex((message) => message.type === type)
      if (queued >= 0) return Promise.resolve(queue.splice(queued, 1)[0] as never)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1)
          reject(new Error(`${label}: no '${type}' within ${timeoutMs} ms`))
        }, timeoutMs)
        const onExit = () => {
          clearTimeout(timer)
          reject(new Error(`${label} exited while waiting for '${type}'`))
        }
        const waiter = (message: Out) => {
          if (message.type === 'failed') {
            clearTimeout(timer)
            child.off('exit', onExit)
            reject(new Error(`${label} failed`))
            return true
          }
          if (message.type !== type) return false
          clearTimeout(timer)
          child.off('exit', onExit)
          resolve(message as never)
          return true
        }
        waiters.push(waiter)
        child.once('exit', onExit)
      })
    },
    async ended(graceMs) {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Ends every child still running (each by its own handle). */
export async function killAllChildren(): Promise<void> {
  const children = [...running]
  for (const child of children) child.kill('SIGKILL')
  await Promise.all(
    children.map((child) =>
      child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once('exit', r)) : null,
    ),
  )
}
