/**
 * The built client (dist/client): its files, and its page for every client route. The build writes a
 * brotli and a gzip file next to each text file (vite.config.ts); a request that accepts one of them is
 * sent that file as it is, so the server spends no CPU compressing the app when a room's participants
 * all open it at once. Other requests (no Accept-Encoding, or a file with no compressed twin) get the
 * file itself.
 */
import { existsSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import expressStaticGzip from 'express-static-gzip'
import { sendError } from './errors.ts'

export function clientFiles(clientDir: string): { files: RequestHandler; page: RequestHandler } {
  const assetsDir = path.join(clientDir, 'assets') + path.sep
  // Sets Content-Encoding, Vary and the original file's Content-Type, then lets serve-static send the
  // compressed file (with its own ETag, Content-Length, HEAD and Range handling). It lists the compressed
  // files once, here: a file built after the server started goes out as it is, compressed by the app's
  // `compression` middleware like the API's answers.
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders(res: ServerResponse, file: string) {
        // Vite names every built asset by its content's hash: a new build is a new name.
        const hashed = file.startsWith(assetsDir)
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    },
  }) as RequestHandler

  const indexHtml = path.join(clientDir, 'index.html')
  const page: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (!existsSync(indexHtml)) {
      return sendError(res, 503, 'client_not_built', 'The client is not built: run `npm run build`')
    }
    // The client routes (/admin, /join/…, /rooms/…) are all its index.html, sent as a request for it is.
    const url = req.url
    req.url = '/index.html'
    files(req, res, (error?: unknown) => {
      req.url = url
      next(error)
    })
  }
  return { files, page }
}
