/**
 * Time for a new participant to sync a board of many notes: from opening the connection to the
 * provider's `synced`, on a board already open on the server (median of several joins), and for the
 * real server also the first join after a restart, when the board is loaded from disk.
 */
import { connectParticipant, seedNotes } from './board.ts'
import type { ServerKind } from './messages.ts'
import type { BenchOptions } from './options.ts'
import { startServerUnderTest } from './servers.ts'
import { makeTempDir, removeTempDir } from './tempDirs.ts'

export interface JoinFigures {
  kind: ServerKind
  median: number
  min: number
  max: number
  joins: number
  /** First join after a restart (board loaded from disk); null for the bare server, which keeps nothing. */
  cold: number | null
}

async function timeJoin(wsUrl: string, documentName: string, token: string, expectedRecords: number): Promise<number> {
  const started = performance.now()
  const participant = await connectParticipant(wsUrl, documentName, token)
  const elapsed = performance.now() - started
  const size = participant.records.size
  participant.destroy()
  if (size < expectedRecords) throw new Error(`joined a board of ${size} records, expected ${expectedRecords}`)
  return elapsed
}

export async function measureJoins(kind: ServerKind, options: BenchOptions): Promise<JoinFigures> {
  const dataDir = makeTempDir()
  let server = await startServerUnderTest(kind, { dataDir })
  try {
    const { documentName, tokens } = await server.openBoard(options.joins + 3)
    const seeder = await connectParticipant(server.wsUrl, documentName, tokens[0])
    await seedNotes(seeder, options.joinNotes)
    // One join to warm up code paths, then the measured ones; the seeder keeps the board open.
    await timeJoin(server.wsUrl, documentName, tokens[1], options.joinNotes)
    const times: number[] = []
    for (let i = 0; i < options.joins; i++)
      times.push(await timeJoin(server.wsUrl, documentName, tokens[2 + i], options.joinNotes))
    seeder.destroy()
    let cold: number | null = null
    if (kind === 'capital') {
      await server.stop()
      server = await startServerUnderTest(kind, { dataDir })
      cold = await timeJoin(server.wsUrl, documentName, tokens[2 + options.joins], options.joinNotes)
    }
    times.sort((a, b) => a - b)
    return {
      kind,
      median: times[Math.floor(times.length / 2)],
      min: times[0],
      max: times[times.length - 1],
      joins: times.length,
      cold,
    }
  } finally {
    await server.stop()
    removeTempDir(dataDir)
  }
}
