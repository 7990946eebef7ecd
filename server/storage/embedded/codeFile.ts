/** The embedded CodeStore: every room's entries and next steps in DATA_DIR/code.json (lowdb, written durably). */
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { Stored } from '../../../shared/distill/merge.ts'
import { codeEntrySchema, type CodeEntry } from '../../../shared/schema/codeEntry.ts'
import { nextStepSchema, type NextStep } from '../../../shared/schema/nextStep.ts'
import type { CodeStore } from '../types.ts'
import { DurableJsonFile } from './durableJsonFile.ts'

const codeSchema = z.object({
  rooms: z.record(z.string(), z.object({ entries: z.array(codeEntrySchema), nextSteps: z.array(nextStepSchema) })),
})
type Code = z.infer<typeof codeSchema>

export class CodeFile implements CodeStore {
  private readonly db: Low<Code>

  private constructor(db: Low<Code>) {
    this.db = db
  }

  static async open(dataDir: string): Promise<CodeFile> {
    const db = new Low(new DurableJsonFile(path.join(dataDir, 'code.json'), codeSchema), { rooms: {} })
    await db.read()
    return new CodeFile(db)
  }

  async changeRoom<T>(roomId: string, change: (stored: Stored) => { stored: Stored; result: T }): Promise<T> {
    // Read, change and replace without awaiting in between: concurrent changes cannot interleave.
    // Own keys only: a room id like `__proto__` must never reach the object's prototype.
    const rooms = this.db.data.rooms
    const current = Object.hasOwn(rooms, roomId) ? rooms[roomId] : { entries: [], nextSteps: [] }
    const { stored, result } = change(structuredClone(current))
    Object.defineProperty(rooms, roomId, {
      value: { entries: stored.entries, nextSteps: stored.nextSteps },
      enumerable: true,
      writable: true,
      configurable: true,
    })
    await this.db.write()
    return result
  }

  async entries(roomIds?: string[]): Promise<CodeEntry[]> {
    const rooms = roomIds ?? Object.keys(this.db.data.rooms)
    return structuredClone(
      rooms.flatMap((id) => (Object.hasOwn(this.db.data.rooms, id) ? this.db.data.rooms[id].entries : [])),
    )
  }

  async nextSteps(city?: string): Promise<NextStep[]> {
    const all = Object.values(this.db.data.rooms).flatMap((room) => room.nextSteps)
    return structuredClone(city === undefined ? all : all.filter((step) => step.city === city))
  }
}
