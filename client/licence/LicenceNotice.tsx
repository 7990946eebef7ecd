/** Why the room shows as a list: tldraw's licence check failed, and what the secretariat must do. */
import { licenceProblemIn } from './licence.ts'
import './licence.css'

const WHAT_HAPPENED = {
  missing: 'this server has no tldraw licence key',
  'unlicensed-production': 'the tldraw licence key of this server is missing or not valid for this address',
  expired: 'the tldraw licence key of this server has expired',
} as const

export function LicenceNotice() {
  const problem = licenceProblemIn(location.search)
  if (!problem) return null
  return (
    <div className="notice error licence-notice" role="alert" data-testid="licence-notice">
      <strong>The board cannot be drawn here, so you see the room as a list.</strong> The drawing canvas (tldraw) needs
      a licence on a public HTTPS address, and {WHAT_HAPPENED[problem]}. Every idea is in this list, and you can keep
      working in it. The secretariat must set <code>TLDRAW_LICENSE_KEY</code> on the server and restart it; then the
      board opens again.
    </div>
  )
}
