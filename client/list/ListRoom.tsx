/**
 * The list view of a room: its state at the top, facilitation for facilitators, the form for a new
 * idea, the ideas by cluster (with the dots of an open vote) and the case cards by city. It reads and
 * writes the same board and control documents as the canvas, live.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PresenceUser } from '../../shared/protocol.ts'
import { inviteCode, flash, sessionToken } from '../api/tokens.ts'
import type { Affiliation, Session } from '../api/types.ts'
import { SiteFooter } from '../a11y/SiteFooter.tsx'
import { IdentityModeNotice } from '../a11y/IdentityModeNotice.tsx'
import { useAnnouncements } from '../a11y/useAnnouncements.ts'
import { useControl } from '../board/control.ts'
import { FacilitatorControls } from '../board/panels/FacilitatorControls.tsx'
import { useMyVotes } from '../board/panels/useMyVotes.ts'
import { closeReasonText } from '../i18n/closeReason.ts'
import { navigate } from '../router.ts'
import { CaseCards } from './CaseCards.tsx'
import { IdeaForm } from './IdeaForm.tsx'
import { IdeaList } from './IdeaList.tsx'
import { addIdea } from './listActions.ts'
import { buildListModel, listRows, type ListRow } from '../../shared/board/listModel.ts'
import { ListHeader } from './ListHeader.tsx'
import { readOwnIdeas, rememberOwnIdea } from './ownIdeas.ts'
import { useListBoard } from './useListBoard.ts'
import { useListPreview } from './useListPreview.ts'
import './list.css'

const FALLBACK_COLOR = '#6e7781'

export interface ListRoomProps {
  roomId: string
  token: string
  session: Session
  affiliations: Affiliation[]
}

export function ListRoom({ roomId, token, session, affiliations }: ListRoomProps) {
  const { t } = useTranslation()
  const { participant, room } = session
  const self: PresenceUser = useMemo(
    () => ({ ...participant, color: affiliations.find((a) => a.id === participant.city)?.color ?? FALLBACK_COLOR }),
    [participant, affiliations],
  )
  const board = useListBoard(roomId, token)
  const control = useControl({
    socket: board.socket,
    roomId,
    token,
    self,
    canFacilitate: participant.role === 'facilitator' && room.status !== 'closed',
  })
  const [ownIds, setOwnIds] = useState(() => readOwnIdeas(roomId))
  const { records, version } = board
  const { voting } = control.state
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes when the records map does
  const model = useMemo(
    () => (records ? buildListModel(records.values(), voting, { selfId: participant.id, ownIds }) : null),
    [records, version, voting, participant.id, ownIds],
  )
  // Until the board's sync is in, the server's first rows of the same list (its `own` marks only what
  // names this person; what this browser made in city or anonymous mode is marked here).
  const preview = useListPreview(roomId, token)
  const rows = useMemo((): ListRow[] | null => {
    if (board.synced && model) return listRows(model)
    if (!preview) return null
    return preview.rows.map((row) =>
      row.type === 'idea' && ownIds.has(row.idea.id) ? { ...row, idea: { ...row.idea, own: true } } : row,
    )
  }, [board.synced, model, preview, ownIds])
  const ideaCount = board.synced && model ? model.ideaCount : (preview?.ideaCount ?? 0)
  // What others add once the board is in: not the board itself, whose sync may come before this page
  // mounts (the connection opens early, board/roomConnection.ts) or after, and the heading counts it anyway.
  const announcement = useAnnouncements(board.synced ? records : null, affiliations)

  const round = voting.round?.status === 'open' ? voting.round : null
  const votes = useMyVotes(token, roomId, round)
  const lockedOut = control.state.locked && participant.role === 'participant'
  // Closed before the page opened, or while it is open (the control document says so at once).
  const closed = room.status === 'closed' || control.state.closed
  const observer = participant.role === 'observer'
  // May write at all; writes wait for the board's sync (a new idea's place depends on what is there).
  const mayWrite = !observer && !closed && !board.readOnlyScope && !lockedOut && board.failure === null
  const canWrite = mayWrite && board.synced

  // The server refused the token: join again through the invite link, as on the canvas.
  const authFailure = board.failure?.kind === 'auth' ? board.failure.reason : null
  useEffect(() => {
    if (authFailure === null) return
    sessionToken.set(roomId, null)
    const code = inviteCode.get(roomId)
    if (code) {
      flash.set(t('room.sessionInvalid', { reason: closeReasonText(authFailure, null) }))
      navigate(`/join/${encodeURIComponent(code)}`, { replace: true })
    }
  }, [authFailure, roomId, t])

  const author = { id: participant.id, name: participant.name, city: participant.city }
  return (
    <div className="list-page">
      <ListHeader
        room={room}
        control={control}
        // "connecting" until the board is in: the rows above may still be the server's first ones.
        status={board.status === 'connected' && !board.synced ? 'connecting' : board.status}
        self={self}
        affiliations={affiliations}
      />
      <div className="sr-only" aria-live="polite" data-testid="announcements">
        {announcement}
      </div>
      <main id="main" className="list-main" tabIndex={-1}>
        {closed && (
          <p className="notice" role="status" data-testid="room-closed">
            {t('room.closed')}
          </p>
        )}
        <IdentityModeNotice mode={control.synced ? control.state.identityMode : null} />
        {observer && !closed && (
          <p className="notice" data-testid="observer-notice">
            {t('list.observerNotice')}
          </p>
        )}
        {lockedOut && !closed && (
          <p className="notice" role="status" data-testid="locked-notice">
            {t('room.lockedNotice')}
          </p>
        )}
        {board.failure?.kind === 'closed' && (
          <p className="notice error" role="alert" data-testid="server-closed">
            {t('room.serverClosed', { reason: closeReasonText(board.failure.reason, board.failure.code) })}
          </p>
        )}
        {control.canFacilitate && (
          <section className="list-section" aria-labelledby="list-facilitation">
            <h2 id="list-facilitation">{t('list.facilitation')}</h2>
            <FacilitatorControls control={control} />
          </section>
        )}
        {!observer && !closed && (
          <IdeaForm
            disabled={!mayWrite}
            ready={board.synced}
            clusters={model?.clusters ?? []}
            affiliations={affiliations}
            selfCity={participant.city}
            onAdd={(idea) => {
              if (!records) return
              const id = addIdea(records, idea, author, control.read().identityMode)
              setOwnIds(rememberOwnIdea(roomId, id))
            }}
          />
        )}
        {round && !observer && (
          <p className="vote-budget" data-testid="dots-left" aria-live="polite">
            {t('list.dotsLeft', { count: votes.mine?.remaining ?? round.votesPerParticipant })}
          </p>
        )}
        {votes.error && (
          <p className="notice error" role="alert" data-testid="vote-error">
            {votes.error}
          </p>
        )}
        <IdeaList
          rows={rows}
          ideaCount={ideaCount}
          affiliations={affiliations}
          canWrite={canWrite}
          canVote={!!round && !observer && !closed}
          votes={votes}
          records={records}
          selfCity={participant.city}
        />
        <CaseCards
          model={board.synced ? model : null}
          records={records}
          affiliations={affiliations}
          self={self}
          canWrite={canWrite}
        />
      </main>
      <SiteFooter />
    </div>
  )
}
