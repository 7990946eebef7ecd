/** The Express app: the REST API under /api and the built client at /. */
import { constants as zlib } from 'node:zlib'
import compression from 'compression'
import express from 'express'
import { tokenRateLimit } from './http/tokenRateLimit.ts'
import helmet from 'helmet'
import type { Logger } from 'pino'
import { requireAdmin, requireMember, requireSession } from './http/auth.ts'
import { clientFiles } from './http/clientFiles.ts'
import { errorHandler, sendError } from './http/errors.ts'
import { joinRateLimit, unknownInviteLimit } from './http/joinLimits.ts'
import { participantRoutes } from './routes/participantRoutes.ts'
import { changeInvite } from './routes/changeInvite.ts'
import { closeRoom } from './routes/closeRoom.ts'
import { controlTimer } from './routes/controlTimer.ts'
import { createRoom } from './routes/createRoom.ts'
import type { RouteDeps } from './routes/deps.ts'
import { getAudit } from './routes/getAudit.ts'
import { getConfig } from './routes/getConfig.ts'
import { getInvite } from './routes/getInvite.ts'
import { getListPreview } from './routes/getListPreview.ts'
import { getPublication } from './routes/getPublication.ts'
import { getRoom } from './routes/getRoom.ts'
import { getSession } from './routes/getSession.ts'
import { joinRoom } from './routes/joinRoom.ts'
import { listRooms } from './routes/listRooms.ts'
import { suggestClusters } from './routes/suggestClusters.ts'
import { capitalCodeRoutes } from './routes/capitalCodeRoutes.ts'
import { snapshotRoutes } from './routes/snapshotRoutes.ts'
import { votingRoutes } from './routes/votingRoutes.ts'
import { privacyRoutes } from './routes/privacyRoutes.ts'

export function createApp(deps: RouteDeps & { clientDir: string; log: Logger; checkStorage: () => Promise<void> }) {
  const app = express()
  app.disable('x-powered-by')
  // Behind a reverse proxy (TRUST_PROXY): req.ip and req.protocol come from its X-Forwarded-* headers.
  if (deps.config.trustProxy !== null) app.set('trust proxy', deps.config.trustProxy)
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Nothing leaves the server: every fetch, font, image and socket is same-origin.
          defaultSrc: ["'self'"],
          connectSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"], // tldraw sets inline styles
          workerSrc: ["'self'", 'blob:'],
          frameSrc: ["'none'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: null, // the app runs on plain http on localhost
        },
      },
      // With built-in HTTPS we set HSTS ourselves; behind a proxy, the proxy that terminates TLS does.
      strictTransportSecurity: deps.config.tls ? { maxAge: 31536000 } : false,
    }),
  )

  // The app's files go out as the brotli or gzip files written at build time (./http/clientFiles.ts), which
  // this leaves as they are (it never encodes a response that has a Content-Encoding). It compresses the
  // API's answers, and the app's files where the build wrote no compressed twin (a dist/client built
  // before the build wrote them): brotli at quality 5, most of its gain for a fraction of the CPU of
  // the default 11 (zlib runs in libuv's thread pool, not on the event loop).
  app.use(compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } }))

  const api = express.Router()
  api.use(express.json({ limit: '64kb' }))
  api.use(tokenRateLimit(deps.config.limits.restRequestsPerMinute))
  const admin = requireAdmin(deps.tokens)
  api.get('/health', async (_req, res) => {
    // Whether the board can run over HTTPS on a public host (tldraw's licence); never the key itself.
    const tldrawLicenseKey = deps.config.tldrawLicenseKey ? 'set' : 'missing'
    try {
      await deps.checkStorage()
      res.json({ ok: true, tldrawLicenseKey })
    } catch (error) {
      // Load balancers take a 503 as "send people elsewhere". The storage's own words go to the log,
      // never to the caller: they can name hosts, users and databases.
      deps.log.warn({ err: error }, 'health check: storage does not answer')
      res.status(503).json({ ok: false, storage: 'degraded', message: 'Storage does not answer', tldrawLicenseKey })
    }
  })
  api.get('/config', getConfig(deps))
  api.get('/rooms', admin, listRooms(deps))
  api.post('/rooms', admin, createRoom(deps))
  api.get('/rooms/:roomId', getRoom(deps))
  api.post('/rooms/:roomId/close', admin, closeRoom(deps))
  for (const path of ['/rooms/:roomId/invites/:role', '/rooms/:roomId/invites/:role/:affiliation']) {
    api.post(path, changeInvite(deps, 'regenerate'))
    api.delete(path, changeInvite(deps, 'revoke'))
  }
  const unknownInvites = unknownInviteLimit(deps.config.unknownInvitesPerMinute)
  api.get('/invites/:code', getInvite(deps, unknownInvites))
  api.post('/join', joinRateLimit(deps.config.joinsPerMinute), joinRoom(deps, unknownInvites))
  api.use(participantRoutes(deps))
  api.get('/session', requireSession(deps.tokens), getSession(deps))
  api.get('/time', (_req, res) => {
    res.json({ now: Date.now() })
  })
  const facilitator = requireMember(deps.tokens, ['facilitator'])
  api.post('/rooms/:roomId/timer', facilitator, controlTimer(deps))
  api.post('/rooms/:roomId/cluster-suggestions', facilitator, suggestClusters(deps))
  const member = requireMember(deps.tokens, ['facilitator', 'participant', 'observer'])
  api.get('/rooms/:roomId/list-preview', member, getListPreview(deps))
  api.use('/rooms/:roomId', votingRoutes(deps))
  api.use(snapshotRoutes(deps))
  api.use(capitalCodeRoutes(deps))
  api.get('/publication', getPublication(deps))
  api.use(privacyRoutes(deps))
  api.get('/audit', getAudit(deps))
  api.use((req, res) => sendError(res, 404, 'not_found', `No API route ${req.method} ${req.baseUrl}${req.path}`))
  api.use(errorHandler(deps.log))
  app.use('/api', api)

  const client = clientFiles(deps.clientDir)
  app.use(client.files)
  app.get('/{*path}', client.page)
  return app
}
