/**
 * The audit service other parts of the server call: `audit.record(actor, action, { roomId, target })`
 * after an action of consequence has succeeded, and `audit.read(filter)` for GET /api/audit, which
 * resolves ids to names at reading time (an erased or unknown person shows as their id).
 */
import type { AuditAction, AuditActor, AuditEvent, AuditEventView, AuditRecord } from '../../shared/schema/audit.ts'
import type { Role } from '../../shared/schema/room.ts'
import type { AuditFilter, AuditStore, MetadataStore } from '../storage/types.ts'
import { sealEvent } from './chain.ts'

/** The actor of the secretariat's admin token. */
export const SECRETARIAT_AUDIT_ACTOR: AuditActor = { id: 'secretariat', role: 'secretariat' }

export interface Audit {
  /** Appends one event; resolves once it is stored. */
  record(actor: AuditActor, action: AuditAction, about?: AuditRecord): Promise<AuditEvent>
  /** Events (oldest first) with the names of actors and targets as they are now. */
  read(filter?: AuditFilter): Promise<AuditEventView[]>
}

/** Who is asking (the admin token, or a session), as the log records it: ids and a role, no name. */
export function auditActorOf(asker: { admin: boolean; session: { sub: string; role: Role } | null }): AuditActor {
  if (asker.admin || !asker.session) return SECRETARIAT_AUDIT_ACTOR
  return { id: asker.session.sub, role: asker.session.role }
}

export function createAudit(deps: {
  store: AuditStore
  metadata: Pick<MetadataStore, 'getParticipant'>
  now?: () => Date
}): Audit {
  const now = deps.now ?? (() => new Date())

  /** A participant's name now, or their id when they were erased or are unknown. */
  async function nameOf(id: string, names: Map<string, string>): Promise<string> {
    if (id === SECRETARIAT_AUDIT_ACTOR.id) return 'Secretariat'
    const known = names.get(id)
    if (known !== undefined) return known
    const participant = (await deps.metadata.getParticipant(id)) as { name: string; erasedAt?: unknown } | undefined
    const name = participant && !participant.erasedAt && participant.name ? participant.name : id
    names.set(id, name)
    return name
  }

  return {
    record(actor, action, about = {}) {
      const draft = {
        at: now().toISOString(),
        actor: { id: actor.id, role: actor.role },
        action,
        ...(about.roomId !== undefined ? { roomId: about.roomId } : {}),
        ...(about.target !== undefined ? { target: about.target } : {}),
      }
      return deps.store.append((previousHash) => sealEvent(draft, previousHash))
    },

    async read(filter) {
      const events = await deps.store.list(filter)
      const names = new Map<string, string>()
      const views: AuditEventView[] = []
      for (const event of events) {
        const view: AuditEventView = { ...event, actor: { ...event.actor, name: await nameOf(event.actor.id, names) } }
        // Participant targets (join, export, erase) get a name too; other targets are record ids.
        if (event.target && event.action.startsWith('participant.')) view.targetName = await nameOf(event.target, names)
        views.push(view)
      }
      return views
    },
  }
}
