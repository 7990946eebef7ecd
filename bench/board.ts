/** Full participants (Hocuspocus providers on a Y.Doc) and the board edits the bench makes with them. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { RECORDS_KEY } from '../shared/board/schema.ts'
import { noteRecord } from '../tests/helpers/records.ts'
import { sentAtUrl } from './messages.ts'

export interface FullParticipant {
  provider: HocuspocusProvider
  doc: Y.Doc
  records: Y.Map<any>
  /** Resolves once the server has acknowledged every local change (bounded by timeoutMs). */
  acknowledged(timeoutMs: number): Promise<void>
  destroy(): void
}

/** Connects and resolves once synced (rejects on an authentication failure or after timeoutMs). */
export function connectParticipant(
  wsUrl: string,
  documentName: string,
  token: string,
  timeoutMs = 30_000,
): Promise<FullParticipant> {
  const doc = new Y.Doc()
  const websocketProvider = new HocuspocusProviderWebsocket({ url: wsUrl, delay: 200, minDelay: 100, maxDelay: 1000 })
  let closes = 0
  return new Promise((resolve, reject) => {
    const destroy = () => {
      provider.destroy()
      websocketProvider.destroy()
      doc.destroy()
    }
    const timer = setTimeout(() => {
      destroy()
      reject(new Error(`not synced within ${timeoutMs} ms (${closes} closes)`))
    }, timeoutMs)
    const provider = new HocuspocusProvider({
      websocketProvider,
      name: documentName,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer)
        destroy()
        reject(new Error(`authentication failed: ${reason}`))
      },
      onClose: () => void closes++,
      onSynced: ({ state }) => {
        if (!state) return
        clearTimeout(timer)
        resolve({
          provider,
          doc,
          records: doc.getMap(RECORDS_KEY),
          acknowledged: (ms) => until(() => !provider.hasUnsyncedChanges, ms, 'unacknowledged changes'),
          destroy,
        })
      },
    })
    provider.attach() // a provider given its own websocketProvider does not attach by itself
  })
}

export async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export const noteId = (index: number) => `shape:bench${index}`

/** Writes `count` notes through one participant, in transactions of 250, and waits for the server's acknowledgement. */
export async function seedNotes(participant: FullParticipant, count: number): Promise<void> {
  for (let start = 0; start < count; start += 250) {
    participant.doc.transact(() => {
      for (let i = start; i < Math.min(count, start + 250); i++) {
        const record = noteRecord(
          `bench${i}`,
          `Idea ${i}: more youth workers in the suburbs`,
          (i % 50) * 220,
          Math.floor(i / 50) * 220,
        )
        participant.records.set(record.id, record)
      }
    })
    await participant.acknowledged(60_000)
  }
}

/** Moves one note a little and stamps it with the time it was sent. */
export function moveNote(records: Y.Map<any>, id: string, sentAt: number): void {
  const record = records.get(id)
  if (!record) throw new Error(`no note ${id} on the board`)
  records.set(id, {
    ...record,
    x: record.x + (Math.random() < 0.5 ? -3 : 3),
    y: record.y + 1,
    props: { ...record.props, url: sentAtUrl(sentAt) },
  })
}
