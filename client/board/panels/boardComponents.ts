/**
 * The tldraw components the board adds or removes (pass as `components`; spread it to add more). No
 * style panel: an idea takes its colour from its kind (the kind picker and the inspector change it),
 * so tldraw's colours, fills and fonts would only make notes disagree with their kinds; on desktop
 * tldraw shows the panel all the time, over the top right of the canvas and our dialogs.
 */
import type { TLComponents } from 'tldraw'
import { CanvasOverlay } from './CanvasOverlay.tsx'

export const boardComponents: TLComponents = { InFrontOfTheCanvas: CanvasOverlay, StylePanel: null }
