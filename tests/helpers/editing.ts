/**
 * Steady editing for fault tests: a participant adds one note after another (like people typing in
 * bursts) and remembers how many of them the server had acknowledged, so a test can check afterwards
 * that every acknowledged note (or every note written) was kept.
 */
import { noteRecord } from './records.ts'
import type { Participant } from './participant.ts'

export interface Editor {
  name: string
  /** Notes written so far: `shape:<name>-0` … `shape:<name>-(written-1)`. */
  readonly written: number
  /** Notes the server had acknowledged (the provider's unsynced-changes count reached 0 after them). */
  readonly acknowledged: number
  /** Note ids written so far. */
  ids(count?: number): string[]
  stop(): void
}

export function noteId(name: string, n: number) {
  return `shape:${name}-${n}`
}

/** Writes a note every `intervalMs` (with jitter) until stopped; `bounded` caps the count (loops stay bounded). */
export function startEditing(participant: Participant, name: string, { intervalMs = 40, bounded = 5000 } = {}): Editor {
  let written = 0
  let acknowledged = 0
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const onUnsynced = ({ number }: { number: number }) => {
    if (number === 0) acknowledged = written
  }
  participant.provider.on('unsyncedChanges', onUnsynced)
  const step = () => {
    if (stopped || written >= bounded) return
    participant.records.set(
      noteId(name, written),
      noteRecord(`${name}-${written}`, `Idea ${written} from ${name}`, written * 10, 0),
    )
    written += 1
    timer = setTimeout(step, intervalMs * (0.5 + Math.random()))
  }
  step()
  return {
    name,
    get written() {
      return written
    },
    get acknowledged() {
      return acknowledged
    },
    ids: (count = written) => Array.from({ length: count }, (_, n) => noteId(name, n)),
    stop() {
      stopped = true
      clearTimeout(timer)
    },
  }
}

/** The ids among `ids` that `records` lacks. */
export function missing(records: { has(key: string): boolean }, ids: string[]): string[] {
  return ids.filter((id) => !records.has(id))
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
