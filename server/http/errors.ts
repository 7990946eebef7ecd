/** Errors as values at the HTTP boundary: every failure answers `{ error, message }` with a status. */
import type { ErrorRequestHandler, Response } from 'express'
import type { Logger } from 'pino'
import type { z } from 'zod'
import type { ApiErrorCode } from '../../shared/apiErrors.ts'
import { DomainError } from '../domainError.ts'

export class HttpError extends Error {
  readonly status: number
  readonly code: ApiErrorCode
  constructor(status: number, code: ApiErrorCode, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

/** The HTTP status of each domain refusal; a code not listed is a conflict with the current state (409). */
const DOMAIN_STATUS = new Map<ApiErrorCode, number>([
  ['not_found', 404],
  ['room_not_found', 404],
  ['invite_not_found', 404],
  ['invalid_city', 400],
  ['entry_not_found', 404],
  ['next_step_not_found', 404],
  ['forbidden', 403],
  ['invalid_merge', 400],
  ['participant_not_found', 404],
  ['invalid_affiliation', 400],
  ['affiliation_not_allowed', 400],
  ['invalid_request', 400],
  ['invalid_csv', 400],
  ['not_admitted', 403],
  ['nothing_to_resume', 400],
  ['room_closed', 409],
  ['publication_timeout', 503],
  ['snapshot_quota_exceeded', 507],
  ['too_many_ideas', 413],
])

export function statusOfDomainError(error: DomainError): number {
  if (error.kind === 'invalid') return 400
  return DOMAIN_STATUS.get(error.code) ?? 409
}

export function sendError(res: Response, status: number, error: ApiErrorCode, message: string) {
  res.status(status).json({ error, message })
}

/** Parses a request body (or params) with a zod schema; a failure is a 400 naming every problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {})
  if (!result.success) {
    const message = result.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ')
    throw new HttpError(400, 'invalid_request', message)
  }
  return result.data
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    if (error instanceof HttpError) return sendError(res, error.status, error.code, error.message)
    if (error instanceof DomainError) return sendError(res, statusOfDomainError(error), error.code, error.message)
    if (error?.type === 'entity.parse.failed')
      return sendError(res, 400, 'invalid_json', 'The request body is not valid JSON')
    if (error?.type === 'entity.too.large')
      return sendError(res, 413, 'body_too_large', 'The request body is too large')
    log.error({ err: error }, 'unhandled error in a request')
    sendError(res, 500, 'internal_error', 'Something went wrong on the server')
  }
}
