/**
 * Limits on joining (express-rate-limit and its MemoryStore, per instance):
 * - joins per minute keyed on the network address plus the invite code, so bogus joins with one code
 *   (or none) never shut out real joins with another, even behind a proxy that shares one address;
 * - unknown invite codes per minute per address, counted separately: guessing codes is slowed down
 *   (429) without touching joins through real links.
 * The address is `req.ip`, which honours TRUST_PROXY (Express's `trust proxy`).
 */
import type { Request, RequestHandler } from 'express'
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit'
import { inviteCodeOf } from '../rooms.ts'
import { HttpError, sendError } from './errors.ts'

const WINDOW_MS = 60_000

const addressOf = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown')

export function joinRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const invite = typeof req.body?.invite === 'string' ? inviteCodeOf(req.body.invite).slice(0, 64) : ''
      return `${addressOf(req)}|${invite}`
    },
    handler: (_req, res) =>
      sendError(res, 429, 'rate_limited', 'Too many joins with this link from this network address: wait a minute'),
  })
}

export interface UnknownInviteLimit {
  /** Counts an unknown code from this address; throws 429 once the address is past the limit. */
  count(req: Request): Promise<void>
}

export function unknownInviteLimit(perMinute: number): UnknownInviteLimit {
  const store = new MemoryStore()
  store.init({ windowMs: WINDOW_MS } as Parameters<MemoryStore['init']>[0])
  return {
    async count(req) {
      const { totalHits } = await store.increment(addressOf(req))
      if (totalHits > perMinute)
        throw new HttpError(
          429,
          'rate_limited',
          'Too many unknown invite codes from this network address: wait a minute',
        )
    },
  }
}
