/** What route handlers are given. */
import type { Affiliation } from '../../shared/cities.ts'
import type { Audit } from '../audit/audit.ts'
import type { CapitalCode } from '../capitalCode/capitalCode.ts'
import type { SessionTokens } from '../auth/sessionTokens.ts'
import type { Collab } from '../collab.ts'
import type { Config } from '../config.ts'
import type { Participants } from '../participants.ts'
import type { PublicationRenderer } from '../publication/renderer.ts'
import type { Privacy } from '../privacy/index.ts'
import type { Rooms } from '../rooms.ts'
import type { Snapshots } from '../snapshots.ts'
import type { CodeStore } from '../storage/types.ts'
import type { Voting } from '../voting.ts'

export interface RouteDeps {
  config: Config
  rooms: Rooms
  participants: Participants
  /** Checked against the participant store (server/sessions.ts): a removed participant's tokens fail. */
  tokens: SessionTokens
  collab: Collab
  voting: Voting
  snapshots: Snapshots
  code: CodeStore
  capitalCode: CapitalCode
  /** Renders publications in a worker thread, with a timeout and a cache. */
  publications: PublicationRenderer
  affiliations: Affiliation[]
  /** Erasure, access and retention (server/privacy/). */
  privacy: Privacy
  /** The audit trail: routes record every action of consequence (audit.record). */
  audit: Audit
  /** Base of invite and sign-in links, e.g. http://localhost:3000. */
  publicUrl: () => string
}
