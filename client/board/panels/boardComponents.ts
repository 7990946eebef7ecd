/** The tldraw components the board adds (pass as `components`; spread it to add more). */
import type { TLComponents } from 'tldraw'
import { CanvasOverlay } from './CanvasOverlay.tsx'

export const boardComponents: TLComponents = { InFrontOfTheCanvas: CanvasOverlay }
