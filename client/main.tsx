import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import './styles.css'

// No StrictMode: its double-mounted effects would open, close and reopen the board's WebSocket
// on every visit in development, which the server counts as people arriving and leaving.
createRoot(document.getElementById('root')!).render(<App />)
