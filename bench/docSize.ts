/**
 * Document size at rest before and after many moves by several participants, on the real server.
 *
 * "At rest" is the snapshot the server's compaction writes from the document's files: computed here
 * with the compaction's own readState (every update integrated into a Y.Doc, deleted content garbage
 * collected, encoded in Yjs v2, plus the 4-byte generation header), once the server has stopped.
 * The raw bytes of the document's folder as the server left them are shown too: the server compacts a
 * document when it leaves memory or shuts down, so they should be the same but for a crash.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { readState } from '../server/storage/embedded/docFolder.ts'
import { connectParticipant, seedNotes } from './board.ts'
import { preciseNow } from './messages.ts'
import type { BenchOptions } from './options.ts'
import { startParticipants } from './participants.ts'
import { startServerUnderTest } from './servers.ts'
import { makeTempDir, removeTempDir } from './tempDirs.ts'

export interface Size {
  raw: number
  atRest: number
}

export interface SizeFigures {
  before: Size
  after: Size
  moves: number
  movers: number
  seconds: number
  problems: string[]
}

const MOVE_RATE = 50

async function measure(dataDir: string, documentName: string): Promise<Size> {
  const dir = path.join(dataDir, 'docs', encodeURIComponent(documentName))
  let raw = 0
  for (const name of await readdir(dir)) raw += (await stat(path.join(dir, name))).size
  const { state, found } = await readState(dir)
  if (!found) throw new Error(`no stored state for ${documentName}`)
  return { raw, atRest: 4 + state.byteLength }
}

export async function measureDocumentSize(options: BenchOptions): Promise<SizeFigures> {
  const dataDir = makeTempDir()
  let server = await startServerUnderTest('capital', { dataDir })
  const problems: string[] = []
  try {
    const { documentName, tokens } = await server.openBoard(options.movers + 1)
    const seeder = await connectParticipant(server.wsUrl, documentName, tokens[0])
    await seedNotes(seeder, options.notes)
    seeder.destroy()
    await server.stop()
    const before = await measure(dataDir, documentName)

    server = await startServerUnderTest('capital', { dataDir })
    const participants = await startParticipants({
      wsUrl: server.wsUrl,
      documentName,
      noteCount: options.notes,
      plans: tokens.slice(1).map((token) => ({ token, sender: true, full: true })),
      workers: options.workers,
    })
    if (participants.failures.length)
      problems.push(`${participants.failures.length} connections failed: ${participants.failures[0]}`)
    const movesPerSender = Math.ceil(options.moves / options.movers)
    const started = preciseNow()
    let sent = 0
    try {
      // Bounded: at MOVE_RATE/s each, plus a generous margin for a slow disk.
      const limitMs = (movesPerSender / MOVE_RATE) * 1000 * 3 + 60_000
      await participants.run({
        rate: MOVE_RATE,
        movesPerSender,
        stopAt: started + limitMs,
        windowStart: started,
        windowEnd: started + limitMs,
        timeoutMs: limitMs + 60_000,
      })
      const merged = await participants.collect()
      sent = merged.sent
      if (merged.closed) problems.push(`${merged.closed} connections closed during the run`)
    } finally {
      await participants.close()
    }
    const seconds = (preciseNow() - started) / 1000
    await server.stop()
    const after = await measure(dataDir, documentName)
    return { before, after, moves: sent, movers: options.movers, seconds, problems }
  } finally {
    await server.stop()
    removeTempDir(dataDir)
  }
}
