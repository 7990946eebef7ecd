/**
 * What tldraw downloads, and from where: its fonts, icons and translations from our own origin (bundled
 * by Vite), never from a CDN, and of its 16 font faces (1.4 MB) only those the board shows.
 *
 * Once mounted, <Tldraw> asks for every default face (draw, sans, serif and mono, each in four styles)
 * "so that the user can switch fonts quickly" (tldraw 5, Tldraw.tsx). The board's notes are in the draw
 * face, and each shape asks for the faces it shows when it renders (FontManager, via getFontFaces), so a
 * note switched to serif, or bold text, still gets its face: later, not in everyone's first load. That
 * first load is what the venue's Wi-Fi carries when 40 people join at once (issue 12, §7).
 */
import { getAssetUrlsByImport as tldrawAssetUrls } from '@tldraw/assets/imports.vite.js'
import { allDefaultFontFaces, DEFAULT_THEME, DefaultFontFaces, FontManager, type TLFontFace } from 'tldraw'

/**
 * Loaded up front as before: the face of idea notes' text (a new note has no font to wait for), and the
 * sans faces our own CSS uses through --tl-font-sans (kind badges, the kinds bar, case cards: regular,
 * bold and the italic of an empty case card), which no shape asks tldraw for.
 */
const UP_FRONT = new Set(
  [
    DefaultFontFaces.tldraw_draw.normal.normal,
    DefaultFontFaces.tldraw_sans.normal.normal,
    DefaultFontFaces.tldraw_sans.normal.bold,
    DefaultFontFaces.tldraw_sans.italic.normal,
  ].map((face) => face.src.url),
)

/** The lists <Tldraw> preloads on mount: every default face, and the faces of each default theme font. */
const PRELOADS = new Set<readonly TLFontFace[]>([
  allDefaultFontFaces,
  ...Object.values(DEFAULT_THEME.fonts).flatMap((font) => (font.faces ? [font.faces] : [])),
])

const requestFonts = FontManager.prototype.requestFonts
FontManager.prototype.requestFonts = function (this: FontManager, fonts: TLFontFace[]) {
  requestFonts.call(this, PRELOADS.has(fonts) ? fonts.filter((font) => UP_FRONT.has(font.src.url)) : fonts)
}

/** tldraw's asset URLs on our origin; importing this module also limits its font preload (see above). */
export function getAssetUrlsByImport() {
  return tldrawAssetUrls()
}
