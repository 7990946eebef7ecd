/** The app itself, loaded by main.tsx once it has started the current page's first requests. */
import { createRoot } from 'react-dom/client'
import { App, preloadPage } from './App.tsx'
import { initI18n } from './i18n/i18n.ts'
import './styles.css'
import './a11y/a11y.css'

// No StrictMode: its double-mounted effects would open, close and reopen the board's WebSocket
// on every visit in development, which the server counts as people arriving and leaving.
export async function mount(root: HTMLElement) {
  initI18n()
  // The page's own chunk before the first render (see pages/lazyPage.ts); if it fails to load, the
  // page's Suspense boundary tries again and shows the failure.
  await preloadPage(location.pathname).catch(() => {})
  createRoot(root).render(<App />)
}
