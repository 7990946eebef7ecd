/**
 * GET /api/audit?roomId=&from=&to=&format=json|csv (the secretariat; 403 for everyone else): the audit
 * trail, oldest first, names resolved now. `from`/`to` are ISO dates or times (a date `to` includes
 * that whole day). A member who joined as the secretariat sees their own room's events only.
 */
import type { RequestHandler } from 'express'
import { stringify } from 'csv-stringify/sync'
import { isSecretariat } from '../../shared/access.ts'
import { auditQuerySchema, type AuditEventView } from '../../shared/schema/audit.ts'
import { actorOf } from '../http/access.ts'
import { HttpError, parseInput } from '../http/errors.ts'
import type { RouteDeps } from './deps.ts'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

function bound(value: string | undefined, end: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined
  if (DATE_ONLY.test(value)) return end === 'from' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`
  return new Date(value).toISOString()
}

function toCsv(events: AuditEventView[]): string {
  const rows = events.map((e) => [
    e.at,
    e.action,
    e.roomId ?? '',
    e.target ?? '',
    e.targetName ?? '',
    e.actor.id,
    e.actor.role,
    e.actor.name,
    e.prevHash ?? '',
    e.hash,
  ])
  // escape_formulas: a name like "=HYPERLINK(…)" must not run as a formula in a spreadsheet.
  return stringify(rows, {
    header: true,
    columns: [
      'at',
      'action',
      'roomId',
      'target',
      'targetName',
      'actorId',
      'actorRole',
      'actorName',
      'prevHash',
      'hash',
    ],
    escape_formulas: true,
  })
}

export function getAudit(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const actor = await actorOf(req, deps.tokens)
    const query = parseInput(auditQuerySchema, req.query)
    const allowed = query.roomId === undefined ? actor.admin : isSecretariat(actor, query.roomId)
    if (!allowed) throw new HttpError(403, 'forbidden', 'Only the secretariat can read the audit trail')
    const events = await deps.audit.read({
      roomId: query.roomId,
      from: bound(query.from, 'from'),
      to: bound(query.to, 'to'),
    })
    if (query.format === 'csv') {
      res.setHeader('Content-Disposition', 'attachment; filename="audit.csv"')
      res.type('text/csv; charset=utf-8').send(toCsv(events))
    } else {
      res.json({ events })
    }
  }
}
