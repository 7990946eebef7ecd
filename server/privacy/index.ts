/** What the privacy routes are given: erasure and access, purge, and the audit hook. */
import type { OnAudit } from './auditHook.ts'
import type { Erasure } from './erasure.ts'
import type { Purge } from './purge.ts'

export interface Privacy {
  erasure: Erasure
  purge: Purge
  /** Appends an event to the audit trail (absent: nothing is recorded). */
  onAudit?: OnAudit
}
