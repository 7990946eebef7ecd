/**
 * GET /api/publication?rooms=<id,id,…>&format=md|html|pdf&lang=en|sv|nb|da|fi|is (secretariat, or
 * anyone signed in) → The Capital Code compiled from the approved entries of the chosen rooms (all
 * rooms when `rooms` is omitted) and the cities' next steps from those rooms, with its fixed texts in
 * `lang` (default English; an unknown language is English). Rendered in a worker thread within
 * PUBLICATION_TIMEOUT_MS (503 publication_timeout), and cached until anything in it changes.
 */
import type { RequestHandler } from 'express'
import { z } from 'zod'
import { auditActorOf } from '../audit/audit.ts'
import { actorOf } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import { publicationModel } from '../publication/model.ts'
import { publicationLanguage } from '../publication/texts.ts'
import type { RouteDeps } from './deps.ts'

const querySchema = z.object({
  rooms: z.string().max(2000).optional(),
  format: z.enum(['md', 'html', 'pdf']).default('html'),
  lang: z.string().max(35).optional(),
})

export function getPublication(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const query = parseInput(querySchema, req.query)
    const all = await deps.rooms.list()
    const wanted = query.rooms
      ? query.rooms
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : all.map((r) => r.id)
    const rooms = wanted.map((id) => {
      const room = all.find((r) => r.id === id)
      if (!room) throw new HttpError(404, 'room_not_found', `No room with id ${id}`)
      return room
    })
    const ids = new Set(wanted)
    const [entries, nextSteps] = await Promise.all([deps.code.entries(wanted), deps.code.nextSteps()])
    // Who received which rooms' publication (the preview too: it is the same document).
    await deps.audit.record(auditActorOf(actor), 'publication.download', {
      ...(wanted.length === 1 ? { roomId: wanted[0] } : {}),
      target: wanted.join(','),
    })
    const lang = publicationLanguage(query.lang)
    const model = publicationModel(
      rooms,
      entries,
      nextSteps.filter((step) => ids.has(step.roomId)),
      deps.affiliations,
      { lang },
    )
    const body = await deps.publications.render(model, query.format)
    const file = `the-capital-code.${query.format}`
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`)
    res.setHeader('Content-Language', lang)
    res
      .type(
        query.format === 'md'
          ? 'text/markdown; charset=utf-8'
          : query.format === 'html'
            ? 'text/html; charset=utf-8'
            : 'application/pdf',
      )
      .send(body)
  }
}
