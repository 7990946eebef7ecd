/** GET /api/rooms (secretariat): every room, newest date first, with invites and who is online. */
import type { RequestHandler } from 'express'
import type { RouteDeps } from './deps.ts'
import { adminRoomView } from './roomViews.ts'

export function listRooms(deps: RouteDeps): RequestHandler {
  return async (_req, res) => {
    const rooms = await deps.rooms.list()
    rooms.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
    res.json({ rooms: rooms.map((room) => adminRoomView(room, deps)) })
  }
}
