/** Shapes the panels point at on the canvas (e.g. the notes of a hovered cluster suggestion). */
import { atom } from 'tldraw'

export const $highlighted = atom<string[]>('highlighted shapes', [])
