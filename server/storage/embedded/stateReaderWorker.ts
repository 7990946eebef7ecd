/** The worker thread of stateReader.ts: reads a document's folder into one state on request. */
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { readState } from './docFolder.ts'

if ((workerData as { background?: boolean } | undefined)?.background) {
  // Linux applies a thread id's priority to that thread alone. Elsewhere this thread keeps the default.
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19)
  } catch {
    // no /proc, or not allowed: compaction still works, at normal priority
  }
}

parentPort!.on(
  'message',
  async ({ id, dir, untilGeneration }: { id: number; dir: string; untilGeneration: number }) => {
    try {
      const { state, found } = await readState(dir, untilGeneration)
      parentPort!.postMessage({ id, state, found }, [state.buffer as ArrayBuffer])
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).message })
    }
  },
)
