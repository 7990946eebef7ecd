/** Next steps grouped by the room they came from, newest room first; the most-voted step first within a room. */
import type { NextStep } from '../../shared/schema/nextStep.ts'
import type { RoomHeading } from '../api/capitalCode.ts'

export interface RoomGroup {
  roomId: string
  /** Null when this browser knows nothing about the room but its id. */
  room: RoomHeading | null
  steps: NextStep[]
}

/** The room's date if known, else when its steps were distilled from the board. */
const when = (group: RoomGroup) =>
  group.room?.date ??
  // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, compared as text
  group.steps.reduce((latest, s) => (s.provenance.takenAt > latest ? s.provenance.takenAt : latest), '')

export function groupByRoom(steps: NextStep[], rooms: Map<string, RoomHeading>): RoomGroup[] {
  const groups = new Map<string, RoomGroup>()
  for (const step of steps) {
    let group = groups.get(step.roomId)
    if (!group)
      groups.set(step.roomId, (group = { roomId: step.roomId, room: rooms.get(step.roomId) ?? null, steps: [] }))
    group.steps.push(step)
  }
  for (const group of groups.values())
    group.steps.sort((a, b) => b.votes.total - a.votes.total || a.text.localeCompare(b.text))
  return [...groups.values()].sort((a, b) => when(b).localeCompare(when(a)))
}
