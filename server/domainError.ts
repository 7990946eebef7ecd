/**
 * A refusal by the domain, named by a code (`entry_not_found`, `room_closed`, …). Domain services throw
 * it and know nothing of HTTP; `server/http/errors.ts` maps each code to a status in one table.
 */
export class DomainError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}
