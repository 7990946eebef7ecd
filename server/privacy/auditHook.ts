/**
 * The one place erasure, export and purge tell the audit trail what they did. The audit log itself
 * (who stores it, how it is chained) is not this folder's job: start.ts passes a function that
 * appends the event to it; without one, nothing is recorded.
 */
export type PrivacyAction = 'participant.export' | 'participant.erase' | 'room.purge'

export interface PrivacyEvent {
  /** Who did it: an id and a role (`secretariat` for the admin token or the sweep, else the session's role). Never a name. */
  actor: { id: string; role: string }
  action: PrivacyAction
  roomId?: string
  /** What it was done to: the participant's id (export, erase). */
  target?: string
}

export type OnAudit = (event: PrivacyEvent) => Promise<void> | void

/** The retention sweep acts on its own. */
export const SWEEP_ACTOR = { id: 'retention-sweep', role: 'system' }
