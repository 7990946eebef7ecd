/** How rooms are shown to the secretariat: the room, its invite codes and links, who is online. */
import type { Role, StoredRoom } from '../../shared/schema/room.ts'
import { ROLES } from '../../shared/schema/room.ts'
import { deleteAfterOf } from '../privacy/retention.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'

export function inviteLinks(room: StoredRoom, base: string): Record<Role, string | null> {
  return Object.fromEntries(
    ROLES.map((role) => [role, room.invites[role] ? `${base}/join/${room.invites[role]}` : null]),
  ) as Record<Role, string | null>
}

export function adminRoomView(room: StoredRoom, deps: RouteDeps) {
  return {
    ...publicRoom(room),
    deleteAfter: deleteAfterOf(room, deps.config.retentionDays),
    invites: room.invites,
    links: inviteLinks(room, deps.publicUrl()),
    online: deps.collab.onlineCount(room.id),
  }
}
