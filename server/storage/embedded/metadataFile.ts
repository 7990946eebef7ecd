/**
 * The embedded MetadataStore: rooms and participants in one JSON file, through lowdb. lowdb's own
 * writer does no fsync, so the adapter below writes each version durably, one at a time.
 */
import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { Low, type Adapter } from 'lowdb'
import { z } from 'zod'
import { participantSchema, type Participant } from '../../../shared/schema/participant.ts'
import { storedRoomSchema, type StoredRoom } from '../../../shared/schema/room.ts'
import type { MetadataStore } from '../types.ts'
import { writeFileDurably } from './durableFile.ts'

const metadataSchema = z.object({
  rooms: z.array(storedRoomSchema),
  participants: z.array(participantSchema),
})
type Metadata = z.infer<typeof metadataSchema>

/** A lowdb adapter that validates what it reads and writes with fsync + atomic rename, in order. */
class DurableJsonFile implements Adapter<Metadata> {
  private writing: Promise<void> = Promise.resolve()
  private readonly file: string

  constructor(file: string) {
    this.file = file
  }

  async read(): Promise<Metadata | null> {
    const text = await readFile(this.file, 'utf8').catch((error) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (text === null) return null
    const parsed = metadataSchema.safeParse(JSON.parse(text))
    if (!parsed.success) throw new Error(`${this.file} is not valid metadata: ${parsed.error.message}`)
    return parsed.data
  }

  write(data: Metadata): Promise<void> {
    const json = JSON.stringify(data, null, 2)
    this.writing = this.writing.catch(() => {}).then(() => writeFileDurably(this.file, json))
    return this.writing
  }
}

export class MetadataFile implements MetadataStore {
  private readonly db: Low<Metadata>

  private constructor(db: Low<Metadata>) {
    this.db = db
  }

  static async open(dataDir: string): Promise<MetadataFile> {
    const db = new Low(new DurableJsonFile(path.join(dataDir, 'metadata.json')), { rooms: [], participants: [] })
    await db.read()
    return new MetadataFile(db)
  }

  async listRooms(): Promise<StoredRoom[]> {
    return structuredClone(this.db.data.rooms)
  }

  async getRoom(id: string): Promise<StoredRoom | undefined> {
    return structuredClone(this.db.data.rooms.find((room) => room.id === id))
  }

  async findRoomByInvite(code: string) {
    for (const room of this.db.data.rooms) {
      for (const role of ['facilitator', 'participant', 'observer'] as const) {
        if (room.invites[role] === code) return { room: structuredClone(room), role }
      }
    }
    return undefined
  }

  async insertRoom(room: StoredRoom): Promise<void> {
    this.db.data.rooms.push(structuredClone(room))
    await this.db.write()
  }

  async updateRoom(id: string, change: (room: StoredRoom) => StoredRoom): Promise<StoredRoom | undefined> {
    const rooms = this.db.data.rooms
    const index = rooms.findIndex((r) => r.id === id)
    if (index === -1) return undefined
    // Synchronous between read and write, so concurrent updates cannot lose each other's changes.
    const updated = storedRoomSchema.parse(change(structuredClone(rooms[index])))
    rooms[index] = updated
    await this.db.write()
    return structuredClone(updated)
  }

  async getParticipant(id: string): Promise<Participant | undefined> {
    return structuredClone(this.db.data.participants.find((p) => p.id === id))
  }

  async addParticipant(participant: Participant): Promise<void> {
    this.db.data.participants.push(structuredClone(participant))
    await this.db.write()
  }
}
