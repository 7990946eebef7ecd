/**
 * Each participant's share of a board: the records they created and the bytes their writes added (a
 * record's JSON when created, its growth when changed; moves cost nothing, deleting is free). One
 * participant can no longer fill a board to MAX_DOCUMENT_BYTES and lock everyone else out.
 * Counted in this instance's memory, per board and participant, for as long as the server runs (not
 * only while the board is loaded: leaving the board and coming back must not reset it). A restart, or
 * another instance, starts again from zero; the document cap still bounds the board.
 */
import type { KeyChange } from './mapChanges.ts'

export interface QuotaLimits {
  bytes: number
  records: number
}

interface Usage {
  bytes: number
  records: number
}

export class BoardQuota {
  private readonly boards = new Map<string, Map<string, Usage>>()
  private readonly limits: QuotaLimits

  constructor(limits: QuotaLimits) {
    this.limits = limits
  }

  /** Charges `changes` to `participantId` on `documentName`; returns why not (and charges nothing) when over quota. */
  charge(documentName: string, participantId: string, changes: KeyChange[]): string | null {
    let bytes = 0
    let records = 0
    for (const { action, oldValue, value } of changes) {
      if (action === 'delete') continue
      if (action === 'add') records++
      bytes += Math.max(0, sizeOf(value) - (action === 'add' ? 0 : sizeOf(oldValue)))
    }
    if (bytes === 0 && records === 0) return null
    let usages = this.boards.get(documentName)
    if (!usages) this.boards.set(documentName, (usages = new Map()))
    const usage = usages.get(participantId) ?? { bytes: 0, records: 0 }
    if (usage.records + records > this.limits.records)
      return `your quota of ${this.limits.records} records on this board is used up`
    if (usage.bytes + bytes > this.limits.bytes)
      return `your quota of ${this.limits.bytes} bytes on this board is used up`
    usages.set(participantId, { bytes: usage.bytes + bytes, records: usage.records + records })
    return null
  }
}

const sizeOf = (value: unknown) => (value === undefined ? 0 : JSON.stringify(value).length)
