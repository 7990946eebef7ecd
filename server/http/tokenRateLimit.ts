/**
 * REST requests per token (REST_REQUESTS_PER_MINUTE): one participant's or the secretariat's token
 * cannot keep the API busy for everyone else. Requests without a token are not counted here (the join
 * limit and the routes' own checks cover them). Keyed by a hash of the token, never the token itself.
 */
import { createHash } from 'node:crypto'
import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { bearerToken } from './auth.ts'
import { sendError } from './errors.ts'

export function tokenRateLimit(requestsPerMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: requestsPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Keyed on the token, not the address: the address checks do not apply.
    validate: false,
    skip: (req) => bearerToken(req) === null,
    keyGenerator: (req) => createHash('sha256').update(bearerToken(req)!).digest('base64url'),
    handler: (_req, res) =>
      sendError(res, 429, 'rate_limited', `Too many requests with this token: at most ${requestsPerMinute} a minute`),
  })
}
