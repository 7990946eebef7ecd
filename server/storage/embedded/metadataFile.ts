/**
 * The embedded MetadataStore: rooms and participants in one JSON file, through lowdb, written durably.
 */
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { participantSchema, type Participant } from '../../../shared/schema/participant.ts'
import { inviteTarget, storedRoomSchema, type StoredRoom } from '../../../shared/schema/room.ts'
import type { MetadataStore } from '../types.ts'
import { DurableJsonFile } from './durableJsonFile.ts'

const metadataSchema = z.object({
  rooms: z.array(storedRoomSchema),
  participants: z.array(participantSchema),
})
type Metadata = z.infer<typeof metadataSchema>

export class MetadataFile implements MetadataStore {
  private readonly db: Low<Metadata>

  private constructor(db: Low<Metadata>) {
    this.db = db
  }

  static async open(dataDir: string): Promise<MetadataFile> {
    const db = new Low(new DurableJsonFile(path.join(dataDir, 'metadata.json'), metadataSchema), {
      rooms: [],
      participants: [],
    })
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
      const target = inviteTarget(room.invites, code)
      if (target) return { room: structuredClone(room), target }
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
    this.db.data.participants.push(participantSchema.parse(participant))
    await this.db.write()
  }

  async updateParticipant(
    id: string,
    change: (participant: Participant) => Participant,
  ): Promise<Participant | undefined> {
    const participants = this.db.data.participants
    const index = participants.findIndex((p) => p.id === id)
    if (index === -1) return undefined
    // Synchronous between read and write, like updateRoom.
    const updated = participantSchema.parse(change(structuredClone(participants[index])))
    participants[index] = updated
    await this.db.write()
    return structuredClone(updated)
  }

  async listParticipants(roomId: string): Promise<Participant[]> {
    return structuredClone(this.db.data.participants.filter((p) => p.roomId === roomId))
  }

  async findParticipantByPersonalCode(code: string): Promise<Participant | undefined> {
    return structuredClone(this.db.data.participants.find((p) => p.personalCode === code))
  }

  async deleteParticipants(ids: string[]): Promise<void> {
    const gone = new Set(ids)
    this.db.data.participants = this.db.data.participants.filter((p) => !gone.has(p.id))
    // The file is rewritten whole (temporary file, rename): the old version does not stay on disk as a file.
    await this.db.write()
  }
}
