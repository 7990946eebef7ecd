/** The worker thread of stateReader.ts: reads and merges a document's folder on request. */
import { parentPort } from 'node:worker_threads'
import { readState } from './docFolder.ts'

parentPort!.on('message', async ({ id, dir, untilGeneration, compact }: { id: number; dir: string; untilGeneration: number; compact: boolean }) => {
  try {
    const { state, found } = await readState(dir, untilGeneration, compact)
    parentPort!.postMessage({ id, state, found }, [state.buffer as ArrayBuffer])
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message })
  }
})
