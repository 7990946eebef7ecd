/**
 * The ideas this browser added in a room. In city and anonymous mode an idea does not name its
 * author, so this is how the list view knows which ones its user may edit and delete.
 */
const key = (roomId: string) => `capital-room:own-ideas:${roomId}`

export function readOwnIdeas(roomId: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(roomId)) ?? '[]')
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [])
  } catch {
    return new Set()
  }
}

export function rememberOwnIdea(roomId: string, id: string): Set<string> {
  const ids = readOwnIdeas(roomId)
  ids.add(id)
  try {
    localStorage.setItem(key(roomId), JSON.stringify([...ids]))
  } catch {
    // Storage disabled: the idea is still on the board; only editing it from here is lost.
  }
  return ids
}
