/**
 * The room's pages, and which of the two views (canvas, list) a narrow screen opens. Under 600 px a
 * room opens as the list; following the list's link to the canvas keeps the canvas for this tab.
 */
export const NARROW_SCREEN_PX = 600

export const roomPaths = {
  board: (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`,
  list: (roomId: string) => `/rooms/${encodeURIComponent(roomId)}/list`,
  review: (roomId: string) => `/rooms/${encodeURIComponent(roomId)}/review`,
}

/** The list's first rows (API path), asked for by client/earlyStart.ts before the page's code has loaded. */
export const listPreviewPath = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}/list-preview`

const canvasKey = (roomId: string) => `capital-room:canvas:${roomId}`

export const preferCanvas = {
  set(roomId: string) {
    try {
      sessionStorage.setItem(canvasKey(roomId), '1')
    } catch {
      // Without storage a narrow screen keeps opening the list; the canvas stays one link away.
    }
  },
  get(roomId: string): boolean {
    try {
      return sessionStorage.getItem(canvasKey(roomId)) === '1'
    } catch {
      return false
    }
  },
}

/** Where opening a room should land on this screen. */
export function roomEntryPath(roomId: string): string {
  const narrow = typeof window !== 'undefined' && window.innerWidth < NARROW_SCREEN_PX
  return narrow && !preferCanvas.get(roomId) ? roomPaths.list(roomId) : roomPaths.board(roomId)
}
