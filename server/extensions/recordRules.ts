/**
 * What a connection may change in each kind of document, given the records it touched.
 * Returns null when the change is acceptable, otherwise the reason it is not.
 */
import * as Y from 'yjs'
import type { DocumentKind } from '../../shared/protocol.ts'
import { checkBoardRecord, PROTECTED_RECORD_IDS, RECORDS_KEY } from '../../shared/board/schema.ts'
import type { ConnectionContext } from './context.ts'

export interface ChangeRule {
  /**
   * Defines the document's top-level types on a fresh Y.Doc before any update is applied. (A type first
   * created by an update is a generic AbstractType; defining it later replaces the object, and a
   * transaction's `changed` would then name a type that is no longer in the document.)
   */
  prepare(doc: Y.Doc): void
  check(doc: Y.Doc, changed: Map<Y.AbstractType<any>, Set<string | null>>, context: ConnectionContext): string | null
}

/** Board: only entries of the `records` map, each a valid record; protected records stay; `user:` records are one's own. */
const checkBoard: ChangeRule['check'] = (doc, changed, context) => {
  const records = doc.getMap(RECORDS_KEY)
  for (const [type, keys] of changed) {
    if (type !== records) return 'writes outside the records map are not allowed'
    for (const key of keys) {
      if (key === null) return 'the records map holds keyed entries only'
      const value = records.get(key)
      if (value === undefined) {
        if (PROTECTED_RECORD_IDS.has(key)) return `record ${key} cannot be deleted`
        continue
      }
      if (value instanceof Y.AbstractType) return `record ${key} must be plain JSON, not a shared type`
      const check = checkBoardRecord(key, value)
      if (!check.ok) return check.message
      if (check.record.typeName === 'user' && (check.record.id !== `user:${context.user.id}` || check.record.name !== context.user.name)) {
        return `record ${key}: a participant may only write their own user record`
      }
    }
  }
  return null
}

/** Control: reserved for facilitation state; only facilitators can write it (enforced by read-only connections). */
export const changeRules: Record<DocumentKind, ChangeRule> = {
  board: { prepare: (doc) => doc.getMap(RECORDS_KEY), check: checkBoard },
  control: { prepare: () => {}, check: () => null },
}
