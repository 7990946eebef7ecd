/**
 * The entry script, kept small so that it runs as soon as it arrives: it starts what the current page
 * needs first (earlyStart.ts), then loads the app (mount.tsx: React, i18n, the pages) alongside.
 */
import { startEarly } from './earlyStart.ts'

startEarly(location.pathname)
void import('./mount.tsx').then(({ mount }) => mount(document.getElementById('root')!))
