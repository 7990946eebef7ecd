/**
 * /rooms/:roomId/list — placeholder until the list view of the "every participant" work lands (it
 * replaces this file): the room's ideas as a plain list, read live from the board document, no tldraw.
 */
import { useEffect, useState } from 'react'
import { RECORDS_KEY } from '../../shared/board/schema.ts'
import { richTextToPlain } from '../../shared/board/text.ts'
import { sessionToken } from '../api/tokens.ts'
import { openDocument, openSocket } from '../board/connection.ts'

interface ListedIdea {
  id: string
  text: string
  kind: string
}

function ideasOf(records: Map<string, unknown>): ListedIdea[] {
  const ideas: ListedIdea[] = []
  for (const [id, value] of records) {
    const record = value as { type?: string; props?: { richText?: unknown }; meta?: { kind?: string }; y?: number; x?: number }
    if (record.type !== 'note') continue
    ideas.push({ id, text: richTextToPlain(record.props?.richText), kind: record.meta?.kind ?? '' })
  }
  return ideas
}

export function ListPage({ roomId }: { roomId: string }) {
  const token = sessionToken.get(roomId)
  const [ideas, setIdeas] = useState<ListedIdea[] | null>(null)

  useEffect(() => {
    if (!token) return
    const socket = openSocket()
    const { doc, provider } = openDocument(socket, roomId, 'board', token, {})
    const records = doc.getMap<unknown>(RECORDS_KEY)
    const update = () => setIdeas(ideasOf(new Map(records.entries())))
    records.observe(update)
    provider.on('synced', update)
    return () => {
      records.unobserve(update)
      provider.destroy()
      socket.destroy()
    }
  }, [roomId, token])

  if (!token) {
    return (
      <main className="page narrow">
        <p className="notice error" role="alert">
          You have not joined this room in this browser.
        </p>
      </main>
    )
  }
  return (
    <main className="page narrow">
      <h1>Ideas</h1>
      {ideas === null && <p className="muted">Opening the room…</p>}
      {ideas?.length === 0 && <p className="muted">No ideas yet.</p>}
      <ul className="idea-list" aria-label="Ideas">
        {ideas?.map((idea) => (
          <li key={idea.id} data-kind={idea.kind}>
            {idea.text}
          </li>
        ))}
      </ul>
    </main>
  )
}
