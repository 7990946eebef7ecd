/**
 * The audit trail: one event per action of consequence, appended to a log that is never rewritten.
 * Events hold ids, never names (names are resolved when the log is read), so erasing a person never
 * touches the log. Each event carries the hash of the one before it (`prevHash`) and its own (`hash`).
 */
import { z } from 'zod'

/** Every action the log records, with the names the issue (and the README) give them. */
export const AUDIT_ACTIONS = [
  'room.create',
  'room.close',
  'room.purge',
  'invite.revoke',
  'invite.regenerate',
  'participant.join',
  'participant.export',
  'participant.erase',
  'snapshot.take',
  'snapshot.read',
  'snapshot.download',
  'distil',
  'entry.edit',
  'entry.approve',
  'entry.reject',
  'entry.merge',
  'nextStep.update',
  'nextStep.signOff',
  'publication.download',
] as const
export const auditActionSchema = z.enum(AUDIT_ACTIONS)
export type AuditAction = z.infer<typeof auditActionSchema>

/** Who did it: a participant id and their role, or the secretariat's admin token (`secretariat`/`admin`). */
export const auditActorSchema = z.strictObject({ id: z.string().min(1), role: z.string().min(1) })
export type AuditActor = z.infer<typeof auditActorSchema>

/** An event as stored. Key order is fixed (it is what the hash covers): at, actor, action, roomId, target, prevHash, hash. */
export const auditEventSchema = z.strictObject({
  at: z.string(),
  actor: auditActorSchema,
  action: auditActionSchema,
  roomId: z.string().optional(),
  target: z.string().optional(),
  /** The previous event's hash; null for the first event of the log. */
  prevHash: z.string().nullable(),
  /** sha256 (hex) of this event's JSON without `hash`. */
  hash: z.string(),
})
export type AuditEvent = z.infer<typeof auditEventSchema>

/** What a caller records: the rest (time, hashes) is added by the audit service. */
export interface AuditRecord {
  roomId?: string
  target?: string
}

/** GET /api/audit's query. */
export const auditQuerySchema = z.object({
  roomId: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  format: z.enum(['json', 'csv']).default('json'),
})

/** An event as GET /api/audit answers it: with names resolved at reading time (an erased person shows as their id). */
export interface AuditEventView extends AuditEvent {
  actor: AuditActor & { name: string }
  targetName?: string
}
