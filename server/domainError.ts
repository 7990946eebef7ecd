/**
 * A refusal by the domain, named by a code (`entry_not_found`, `room_closed`, …). Domain services throw
 * it and know nothing of HTTP; `server/http/errors.ts` maps each code to a status in one table.
 */
export class DomainError extends Error {
  readonly code: string
  /** `invalid` when the request itself is wrong (the same code can also be a refusal by the current state). */
  readonly kind: 'invalid' | 'refused'
  constructor(code: string, message: string, kind: 'invalid' | 'refused' = 'refused') {
    super(message)
    this.code = code
    this.kind = kind
  }
}
