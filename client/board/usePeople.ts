/**
 * Who is connected, from the awareness `user` field (which the server rewrites from each token, so it
 * can be trusted). One entry per person even when they have several tabs open.
 */
import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from '../../shared/protocol.ts'

function isPresenceUser(value: unknown): value is PresenceUser {
  if (typeof value !== 'object' || value === null) return false
  const { id, name, city, color } = value as Record<string, unknown>
  return typeof id === 'string' && typeof name === 'string' && typeof city === 'string' && typeof color === 'string'
}

function peopleOf(awareness: Awareness): PresenceUser[] {
  const byId = new Map<string, PresenceUser>()
  for (const state of awareness.getStates().values()) {
    const user: unknown = state.user
    if (isPresenceUser(user) && !byId.has(user.id)) byId.set(user.id, user)
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
}

export function usePeople(awareness: Awareness | null): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>([])
  useEffect(() => {
    if (!awareness) {
      setPeople([])
      return
    }
    // 'change' fires on every cursor move (the presence field changes), so re-render only when the
    // list of people itself changed.
    let last = ''
    const update = () => {
      const next = peopleOf(awareness)
      const key = next.map((p) => `${p.id}|${p.name}|${p.city}|${p.role}|${p.color}`).join('\n')
      if (key === last) return
      last = key
      setPeople(next)
    }
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return people
}
