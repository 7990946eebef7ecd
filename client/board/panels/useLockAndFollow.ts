/**
 * What the control state does to this person's editor: while the board is locked, participants'
 * editors are read-only (the server refuses their writes anyway); when a facilitator brings everyone
 * to them, everyone else starts following that facilitator's viewport (tldraw stops following as soon
 * as the follower pans or zooms themselves).
 */
import { useEffect, useRef } from 'react'
import { createUserId, type Editor } from 'tldraw'
import { isLockedOut } from '../../../shared/access.ts'
import type { PresenceUser } from '../../../shared/protocol.ts'
import type { Control } from '../control.ts'

export function useLockAndFollow(editor: Editor | null, control: Control, self: PresenceUser, readOnly: boolean) {
  const lockedOut = isLockedOut(control.state.locked, self.role)
  useEffect(() => {
    if (!editor) return
    const isReadonly = readOnly || lockedOut
    if (editor.getInstanceState().isReadonly === isReadonly) return
    if (isReadonly) editor.complete() // finish a gesture in progress (e.g. typing in a note) before it turns read-only
    editor.updateInstanceState({ isReadonly })
  }, [editor, readOnly, lockedOut])

  // A "bring everyone here" already in the document when we arrive is history, not a call to follow.
  const seenAt = useRef<number | null | undefined>(undefined)
  const followMe = control.state.followMe
  useEffect(() => {
    if (!control.synced) return
    const at = followMe?.at ?? null
    if (seenAt.current === undefined || at === seenAt.current) {
      seenAt.current = at
      return
    }
    seenAt.current = at
    if (editor && followMe && followMe.userId !== self.id) editor.startFollowingUser(createUserId(followMe.userId))
  }, [editor, control.synced, followMe, self.id])
}
