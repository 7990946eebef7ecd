/** GET /api/config — what the client needs before anyone signs in: affiliations, the tldraw licence key, the accessibility contact. */
import type { RequestHandler } from 'express'
import type { RouteDeps } from './deps.ts'

export function getConfig(deps: RouteDeps): RequestHandler {
  return (_req, res) => {
    res.json({
      affiliations: deps.affiliations,
      tldrawLicenseKey: deps.config.tldrawLicenseKey,
      accessibilityContact: deps.config.accessibilityContact,
    })
  }
}
