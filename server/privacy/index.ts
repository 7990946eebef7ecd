/** What the privacy routes are given: erasure and access, and purge. */
import type { Erasure } from './erasure.ts'
import type { Purge } from './purge.ts'

export interface Privacy {
  erasure: Erasure
  purge: Purge
}
