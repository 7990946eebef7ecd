/**
 * GET /api/publication?rooms=<id,id,…>&format=md|html|pdf (secretariat, or anyone signed in) →
 * The Capital Code compiled from the approved entries of the chosen rooms (all rooms when `rooms` is
 * omitted) and the cities' next steps from those rooms. The PDF is made on the server (pdfkit).
 */
import type { RequestHandler } from 'express'
import { z } from 'zod'
import { auditActorOf } from '../audit/audit.ts'
import { actorOf } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import { toHtml } from '../publication/html.ts'
import { toMarkdown } from '../publication/markdown.ts'
import { publicationModel } from '../publication/model.ts'
import { toPdf } from '../publication/pdf.ts'
import type { RouteDeps } from './deps.ts'

const querySchema = z.object({
  rooms: z.string().max(2000).optional(),
  format: z.enum(['md', 'html', 'pdf']).default('html'),
})

export function getPublication(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const query = parseInput(querySchema, req.query)
    const all = await deps.rooms.list()
    const wanted = query.rooms ? query.rooms.split(',').map((id) => id.trim()).filter(Boolean) : all.map((r) => r.id)
    const rooms = wanted.map((id) => {
      const room = all.find((r) => r.id === id)
      if (!room) throw new HttpError(404, 'room_not_found', `No room with id ${id}`)
      return room
    })
    const ids = new Set(wanted)
    const [entries, nextSteps] = await Promise.all([deps.code.entries(wanted), deps.code.nextSteps()])
    // Who received which rooms' publication (the preview too: it is the same document).
    await deps.audit.record(auditActorOf(actor), 'publication.download', { ...(wanted.length === 1 ? { roomId: wanted[0] } : {}), target: wanted.join(',') })
    const model = publicationModel(rooms, entries, nextSteps.filter((step) => ids.has(step.roomId)), deps.affiliations)
    const file = `the-capital-code.${query.format}`
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`)
    if (query.format === 'md') res.type('text/markdown; charset=utf-8').send(toMarkdown(model))
    else if (query.format === 'html') res.type('text/html; charset=utf-8').send(toHtml(model))
    else res.type('application/pdf').send(await toPdf(model))
  }
}
