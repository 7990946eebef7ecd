/**
 * The list view's first screen, built on the server: the list shows it while the board's sync
 * travels (3 MB for a board of 5,000 ideas, and decoding it takes a phone a second), then the live
 * board takes over. It shows nothing the caller's own socket would not: the same records and control
 * state, through the same model (shared/board/listModel.ts), to the same people (any member of the room).
 *
 * Building one reads the whole board (tens of milliseconds for 5,000 ideas), so a room's preview is
 * built at most once per FRESH_FOR_MS and shared by whoever asks meanwhile: forty people opening the
 * list at 09:00, or one person asking again and again, cost one build a second at most. Only `own`
 * differs between callers, and it is set per caller.
 */
import { buildListModel, listPreview, type ListPreview } from '../shared/board/listModel.ts'
import type { RoomDocuments } from './roomDocuments.ts'

/** How long a built preview is served: the live board replaces it within a second anyway. */
const FRESH_FOR_MS = 1000
const NOBODY = { selfId: '', ownIds: new Set<string>() }

export interface ListPreviews {
  /** The first rows of the room's list, with `own` set for `viewerId`'s ideas. */
  of(roomId: string, viewerId: string): Promise<ListPreview>
}

export function createListPreviews(documents: Pick<RoomDocuments, 'withBoardRecords' | 'readControl'>): ListPreviews {
  const built = new Map<string, Promise<ListPreview>>()

  function build(roomId: string): Promise<ListPreview> {
    // The control document first (it is small): the preview is then built as soon as the board is
    // loaded, before the board's sync to the caller's own socket, which waits for the same load.
    const preview = documents
      .readControl(roomId)
      .then((control) =>
        documents.withBoardRecords(roomId, (records) => listPreview(buildListModel(records, control.voting, NOBODY))),
      )
    built.set(roomId, preview)
    // Forgotten once stale (or failed): the map holds only rooms asked about in the last second.
    setTimeout(() => built.get(roomId) === preview && built.delete(roomId), FRESH_FOR_MS).unref()
    preview.catch(() => built.get(roomId) === preview && built.delete(roomId))
    return preview
  }

  return {
    async of(roomId, viewerId) {
      const preview = await (built.get(roomId) ?? build(roomId))
      return {
        ideaCount: preview.ideaCount,
        rows: preview.rows.map((row) =>
          row.type === 'idea' ? { ...row, idea: { ...row.idea, own: row.idea.authorId === viewerId } } : row,
        ),
      }
    },
  }
}
