/** How rooms and people are shown: the room, its invite codes and links, who is online; participants without their codes. */
import type { Participant } from '../../shared/schema/participant.ts'
import type { StoredRoom } from '../../shared/schema/room.ts'
import { deleteAfterOf } from '../privacy/retention.ts'
import { publicRoom } from '../rooms.ts'
import type { RouteDeps } from './deps.ts'

const linkOf = (code: string | null, base: string) => (code ? `${base}/join/${code}` : null)

/** The join URL of every invite code, in the shape of `invites`. */
export function inviteLinks(room: StoredRoom, base: string) {
  const { facilitator, observer, secretariat, participant } = room.invites
  return {
    facilitator: linkOf(facilitator, base),
    observer: linkOf(observer, base),
    secretariat: linkOf(secretariat, base),
    participant: Object.fromEntries(
      Object.entries(participant).map(([affiliation, code]) => [affiliation, linkOf(code, base)]),
    ),
  }
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

/** A participant as the API shows them: never their invite or personal code. */
export function participantView(participant: Participant) {
  const { id, name, city, role, admitted, joinedAt } = participant
  return { id, name, city, role, admitted, joinedAt }
}

/** A roster entry: the participant and their personal link. */
export function rosterView(participant: Participant, base: string) {
  return { participant: participantView(participant), link: linkOf(participant.personalCode, base)! }
}
