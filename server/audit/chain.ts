/**
 * The hash chain of the audit log. An event's hash is the sha256 of its JSON without `hash`, fields in
 * a fixed order; its `prevHash` is the hash of the event before it. Changing, removing or inserting an
 * event anywhere breaks the chain from there on, and verifyLines() says where.
 */
import { createHash } from 'node:crypto'
import { type AuditAction, type AuditActor, type AuditEvent, auditEventSchema } from '../../shared/schema/audit.ts'

/** The event's fields in the order the hash covers them (undefined fields are left out by JSON). */
function unsealedJson(event: Omit<AuditEvent, 'hash'>): string {
  const { at, actor, action, roomId, target, prevHash } = event
  return JSON.stringify({ at, actor: { id: actor.id, role: actor.role }, action, roomId, target, prevHash })
}

/** The line an event is stored as: its JSON with `hash` last, no whitespace. */
export function auditLine(event: AuditEvent): string {
  return `${unsealedJson(event).slice(0, -1)},"hash":${JSON.stringify(event.hash)}}`
}

export function sealEvent(
  draft: { at: string; actor: AuditActor; action: AuditAction; roomId?: string; target?: string },
  prevHash: string | null,
): AuditEvent {
  const unsealed = { ...draft, prevHash }
  const hash = createHash('sha256').update(unsealedJson(unsealed)).digest('hex')
  return { ...unsealed, hash }
}

export type ChainCheck = { ok: true; events: number } | { ok: false; events: number; line: number; problem: string }

/**
 * Checks stored lines (oldest first): each parses as an event, is byte for byte the line that event is
 * stored as, carries the hash of its own content and the hash of the line before it.
 */
export function verifyLines(lines: readonly string[]): ChainCheck {
  let previous: string | null = null
  for (const [index, line] of lines.entries()) {
    const broken = (problem: string): ChainCheck => ({ ok: false, events: lines.length, line: index + 1, problem })
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      return broken('not valid JSON')
    }
    const event = auditEventSchema.safeParse(parsed)
    if (!event.success) return broken(`not an audit event: ${event.error.issues[0]?.message}`)
    if (auditLine(event.data) !== line) return broken('not stored in the form it was written in')
    const { hash, ...unsealed } = event.data
    if (sealEvent(unsealed, unsealed.prevHash).hash !== hash) return broken('its content does not match its hash')
    if (event.data.prevHash !== previous) return broken('its prevHash is not the hash of the event before it')
    previous = hash
  }
  return { ok: true, events: lines.length }
}
