/**
 * Runs readState (docFolder.ts) in a worker thread: integrating thousands of updates into one Yjs state
 * takes tens to hundreds of milliseconds, which on the event loop would stall every room's traffic.
 * One worker, started on first use, answers requests in order; it does not keep the process alive.
 * A `background` reader (compaction) runs at the lowest CPU priority, so that it only takes what live
 * traffic leaves: on a busy machine a compaction otherwise competes with every broadcast.
 */
import { Worker } from 'node:worker_threads'

interface Pending {
  resolve: (value: { state: Uint8Array; found: boolean }) => void
  reject: (error: Error) => void
}

export class StateReader {
  private worker: Worker | undefined
  private nextId = 0
  private readonly pending = new Map<number, Pending>()
  private readonly background: boolean

  constructor(options: { background?: boolean } = {}) {
    this.background = options.background ?? false
  }

  /** readState in the worker. */
  read(dir: string, untilGeneration = Infinity): Promise<{ state: Uint8Array; found: boolean }> {
    const worker = this.start()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ id, dir, untilGeneration })
    })
  }

  /** Starts the worker ahead of the first request. */
  warmUp() {
    this.start()
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./stateReaderWorker.ts', import.meta.url), {
      workerData: { background: this.background },
    })
    worker.on(
      'message',
      ({ id, state, found, error }: { id: number; state?: Uint8Array; found?: boolean; error?: string }) => {
        const request = this.pending.get(id)
        this.pending.delete(id)
        if (this.pending.size === 0) worker.unref()
        if (error !== undefined) request?.reject(new Error(error))
        else request?.resolve({ state: state!, found: found! })
      },
    )
    worker.on('error', (error) => this.failAll(error as Error))
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined
      this.failAll(new Error('the state reader stopped'))
    })
    worker.unref()
    this.worker = worker
    return worker
  }

  private failAll(error: Error) {
    for (const request of this.pending.values()) request.reject(error)
    this.pending.clear()
  }
}
