/**
 * What one token (a participant) has cost the write guard lately: shadow copies it caused (each a full
 * copy of the document on the main thread) and updates refused. Beyond SHADOW_REBUILDS_PER_MINUTE its
 * updates that need a copy are answered "rate-limited" (the client resends later), and a participant
 * refused lately gets no copy at all; after REFUSALS_BEFORE_SHUT_OUT different refusals within
 * SHUT_OUT_SECONDS it is shut out of the room's documents for SHUT_OUT_SECONDS. In memory, per
 * instance: a restart forgives.
 */
export interface RefusalLimits {
  shadowRebuildsPerMinute: number
  refusalsBeforeShutOut: number
  shutOutMs: number
}

interface Record {
  shadows: number[]
  /** When each refusal was, and what was refused (the reason, which names the record). */
  refusals: { at: number; what: string }[]
  shutOutUntil: number
}

/** A refusal repeated (a client resending what was refused, on every reconnect) counts at most this often. */
const REPEATS_COUNTED = 10

export class Refusals {
  private readonly records = new Map<string, Record>()
  private readonly limits: RefusalLimits

  constructor(limits: RefusalLimits) {
    this.limits = limits
  }

  /**
   * Counts a shadow copy for `participantId` if its budget allows one now; false when it does not. A
   * participant refused lately gets none: a refused update that needed a copy is the costly attack.
   */
  takeShadow(participantId: string, now = Date.now()): boolean {
    const record = this.record(participantId)
    if (record.refusals.some(({ at }) => now - at < this.limits.shutOutMs)) return false
    record.shadows = record.shadows.filter((at) => now - at < 60_000)
    if (record.shadows.length >= this.limits.shadowRebuildsPerMinute) return false
    record.shadows.push(now)
    return true
  }

  /**
   * Counts a refused update (`what`: why it was refused); returns true when this one shuts the
   * participant out: REFUSALS_BEFORE_SHUT_OUT different refusals, or ten times as many in all.
   */
  refused(participantId: string, what: string, now = Date.now()): boolean {
    const record = this.record(participantId)
    record.refusals = record.refusals.filter(({ at }) => now - at < this.limits.shutOutMs)
    record.refusals.push({ at: now, what })
    const different = new Set(record.refusals.map((refusal) => refusal.what)).size
    if (
      different < this.limits.refusalsBeforeShutOut &&
      record.refusals.length < this.limits.refusalsBeforeShutOut * REPEATS_COUNTED
    )
      return false
    record.refusals = []
    record.shutOutUntil = now + this.limits.shutOutMs
    return true
  }

  isShutOut(participantId: string, now = Date.now()): boolean {
    const record = this.records.get(participantId)
    if (!record) return false
    if (record.shutOutUntil > now) return true
    this.prune(participantId, record, now)
    return false
  }

  private record(participantId: string): Record {
    let record = this.records.get(participantId)
    if (!record) this.records.set(participantId, (record = { shadows: [], refusals: [], shutOutUntil: 0 }))
    return record
  }

  /** Forgets a participant with nothing recent, so the map does not grow with every token ever seen. */
  private prune(participantId: string, record: Record, now: number) {
    const recent = (at: number) => now - at < Math.max(60_000, this.limits.shutOutMs)
    if (!record.shadows.some(recent) && !record.refusals.some(({ at }) => recent(at)))
      this.records.delete(participantId)
  }
}
