import { constants as zlib } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'

/**
 * The entry script (client/main.tsx) loads the app (client/mount.tsx) with a dynamic import, so that
 * it can start the page's first requests before the app's code is evaluated. The app's chunks and
 * styles are still named in index.html, so the browser fetches them alongside the entry, as when
 * they were part of it.
 */
function preloadApp(): Plugin {
  return {
    name: 'capital-room:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []))
        const mount = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/client/mount.tsx'))
        if (!mount) throw new Error('preloadApp: no chunk for client/mount.tsx')
        const scripts = new Set<string>()
        const styles = new Set<string>()
        const visit = (fileName: string) => {
          if (scripts.has(fileName)) return
          scripts.add(fileName)
          const chunk = chunks.find((c) => c.fileName === fileName)
          for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css)
          for (const imported of chunk?.imports ?? []) visit(imported)
        }
        visit(mount.fileName)
        const named = (href: string) => html.includes(`/${href}"`)
        const links = (hrefs: Set<string>, rel: string) =>
          [...hrefs]
            .filter((href) => !named(href))
            .map((href) => ({
              tag: 'link',
              attrs: { rel, crossorigin: true, href: `/${href}` },
              injectTo: 'head' as const,
            }))
        return [...links(styles, 'stylesheet'), ...links(scripts, 'modulepreload')]
      },
    },
  }
}

/**
 * Brotli (quality 11) and gzip (level 9) files next to every text file of the build, which the server
 * sends as they are (server/http/clientFiles.ts): the most either format can save, paid once at build
 * time instead of on the server's CPU at each first request. Fonts and images are compressed already.
 * A compressed file that is not smaller than its original is not written.
 */
function precompress() {
  return compression({
    include: /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|map)$/,
    algorithms: [
      defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } }),
      defineAlgorithm('gzip', { level: zlib.Z_BEST_COMPRESSION }),
    ],
    skipIfLargerOrEqual: true,
  })
}

/** The browser client: sources in client/, built into dist/client, which the server serves. */
export default defineConfig({
  root: 'client',
  plugins: [react(), preloadApp(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // tldraw fetches its translation files; inlined as data: URLs, that fetch breaks the server's
    // `connect-src 'self'` policy, so JSON always stays a file on our origin.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/collab': { target: 'ws://localhost:3000', ws: true },
    },
  },
  // Vite 8's dependency optimizer cannot rewrite the `?url` imports of tldraw's asset module.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
})
