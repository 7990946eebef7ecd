import type { ApiErrorCode } from '../shared/apiErrors.ts'

/**
 * A refusal by the domain, named by a code (`entry_not_found`, `room_closed`, …). Domain services throw
 * it and know nothing of HTTP; `server/http/errors.ts` maps each code to a status in one table.
 * Its code is one of shared/apiErrors.ts, which the client translates.
 */
export class DomainError extends Error {
  readonly code: ApiErrorCode
  /** `invalid` when the request itself is wrong (the same code can also be a refusal by the current state). */
  readonly kind: 'invalid' | 'refused'
  constructor(code: ApiErrorCode, message: string, kind: 'invalid' | 'refused' = 'refused') {
    super(message)
    this.code = code
    this.kind = kind
  }
}
