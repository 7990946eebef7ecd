/**
 * "Is this room closed?" for domain services: a closed room takes no more votes, rounds or timer
 * changes. Throws `room_closed`, which HTTP answers with 409.
 */
import type { RoomStatus } from '../shared/schema/room.ts'
import { DomainError } from './domainError.ts'

/** The room's status as stored (rooms.get: throws room_not_found for an unknown room). */
export type RoomStatusOf = (roomId: string) => Promise<RoomStatus>

export async function refuseIfClosed(statusOf: RoomStatusOf, roomId: string): Promise<void> {
  if ((await statusOf(roomId)) === 'closed') throw new DomainError('room_closed', 'This room is closed')
}
