/** Shown above the board while the facilitator has locked it (to those it locks: participants). */
export function LockedNotice() {
  return (
    <div className="locked-notice" role="status" data-testid="locked-notice">
      Board locked by the facilitator: you can look around, but not edit until it is unlocked.
    </div>
  )
}
