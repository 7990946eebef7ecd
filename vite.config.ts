import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The browser client: sources in client/, built into dist/client, which the server serves. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
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
