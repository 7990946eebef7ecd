/**
 * Every `error` code the REST API answers with (`{ error, message }`). The server's errors take their
 * code from this list (DomainError, HttpError and sendError are typed with it), so a new code cannot
 * be thrown without being listed here; tests/unit/errorTranslations.test.ts then fails until the
 * client has an `errors.<code>` text for it in every language. The codes are public: never rename one.
 */
export const API_ERROR_CODES = [
  // Any route: authentication, roles, limits, malformed requests, the server itself.
  'unauthorized',
  'forbidden',
  'not_admitted',
  'rate_limited',
  'invalid_request',
  'invalid_json',
  'body_too_large',
  'not_found',
  'internal_error',
  'client_not_built',
  // Rooms, invites and joining.
  'room_not_found',
  'room_closed',
  'room_purged',
  'invite_not_found',
  'invalid_city',
  'invalid_affiliation',
  'affiliation_not_allowed',
  'confirmation_required',
  // The roster and participants.
  'participant_not_found',
  'participant_removed',
  'roster_full',
  'invalid_csv',
  // Facilitation: timer and suggested clusters.
  'nothing_to_resume',
  'too_many_ideas',
  // Voting (shared/voting/rules.ts and server/voting.ts).
  'round_open',
  'no_open_round',
  'round_ended',
  'unknown_target',
  'budget_spent',
  'target_cap_reached',
  'no_vote_to_remove',
  // Snapshots, the Capital Code and the publication.
  'snapshot_not_found',
  'snapshot_quota_exceeded',
  'entry_not_found',
  'next_step_not_found',
  'invalid_merge',
  'unknown_city',
  'publication_timeout',
] as const

export type ApiErrorCode = (typeof API_ERROR_CODES)[number]
