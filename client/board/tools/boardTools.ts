/**
 * The tools a workshop uses: select, hand and the idea note for everyone, and the frame (a cluster)
 * for facilitators. tldraw's UI builds its toolbar, menus and keyboard shortcuts from the tools and
 * actions contexts, so removing a tool here removes its button and its key (d for draw, t for text…)
 * together. Actions that would put images, embeds or plain text shapes on the board go too: only
 * ideas are clustered, voted on and published.
 */
import type { TLUiOverrides } from 'tldraw'

export const PARTICIPANT_TOOLS = ['select', 'hand', 'note'] as const
export const FACILITATOR_TOOLS = [...PARTICIPANT_TOOLS, 'frame'] as const

/** tldraw actions that make shapes other than ideas (ids of tldraw 5's actions context). */
const REMOVED_ACTIONS = [
  'insert-embed',
  'insert-media',
  'select-geo-tool', // g: the last geo tool
  'paste-plain-text-at-cursor', // would make a text shape, bypassing the paste handlers (paste/useBoardPaste.ts)
  'flatten-to-image',
  'convert-to-embed',
  'convert-to-bookmark',
  'image-replace',
  'video-replace',
]

/** `canFrame`: the person facilitates, so clusters (frames) are theirs to draw. */
export function boardUiOverrides(canFrame: boolean): TLUiOverrides {
  const keep: readonly string[] = canFrame ? FACILITATOR_TOOLS : PARTICIPANT_TOOLS
  return {
    tools: (_editor, tools) => Object.fromEntries(keep.filter((id) => tools[id]).map((id) => [id, tools[id]])),
    actions: (_editor, actions) =>
      Object.fromEntries(Object.entries(actions).filter(([id]) => !REMOVED_ACTIONS.includes(id))),
  }
}
