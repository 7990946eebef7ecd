/** The full-screen board: tldraw on our Yjs store, with the top bar and "Who's here" around it. */
import { getAssetUrlsByImport } from './assetUrls.ts'
import { useEffect, useMemo, useRef, useState } from 'react'
import { atom, createUserId, Tldraw, useTldrawCurrentUser, type Editor, type TLUserPreferences } from 'tldraw'
import 'tldraw/tldraw.css'
import { useTranslation } from 'react-i18next'
import { IdentityModeNotice } from '../a11y/IdentityModeNotice.tsx'
import { useAnnouncements } from '../a11y/useAnnouncements.ts'
import { canWriteDocument, isLockedOut } from '../../shared/access.ts'
import { CloseEvents, type PresenceUser } from '../../shared/protocol.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { closeReasonText } from '../i18n/closeReason.ts'
import { tldrawLocale } from '../i18n/languages.ts'
import type { Affiliation, Room } from '../api/types.ts'
import { switchToListView, watchLicenceGate } from '../licence/licence.ts'
import { watchLicence } from '../licence/watchLicence.ts'
import { ControlProvider, useControl } from './control.ts'
import { boardComponents } from './panels/boardComponents.ts'
import { CitiesMenu } from './panels/CitiesMenu.tsx'
import { LockedNotice } from './panels/LockedNotice.tsx'
import { PhaseStatus } from './panels/PhaseStatus.tsx'
import { SideDock } from './panels/SideDock.tsx'
import { useLockAndFollow } from './panels/useLockAndFollow.ts'
import { BoardShapesLayer } from './shapes/BoardShapesLayer.tsx'
import { boardShapeUtils, boardTldrawOptions } from './shapes/boardShapeUtils.ts'
import { boardUiOverrides } from './tools/boardTools.ts'
import { TopBar } from './TopBar.tsx'
import { useBoard, type BoardFailure } from './useBoard.ts'
import { usePeople } from './usePeople.ts'
import { WhosHere } from './WhosHere.tsx'

// Fonts, icons and translations come from our own origin (bundled by Vite), never from a CDN.
const assetUrls = getAssetUrlsByImport()

export interface BoardProps {
  room: Room
  token: string
  self: PresenceUser
  /** False while this person waits in the lobby: they read, and write once a facilitator admits them. */
  admitted: boolean
  affiliations: Affiliation[]
  licenseKey: string | null
  onAuthFailure: (reason: string) => void
}

export function Board(props: BoardProps) {
  const { t } = useTranslation()
  const { room, self } = props
  const readOnlyFromStart = !canWriteDocument({ role: self.role, admitted: props.admitted }, 'board', room.status)
  const board = useBoard({ roomId: room.id, token: props.token, user: self, readOnly: readOnlyFromStart })
  const people = usePeople(board.awareness)
  const announcement = useAnnouncements(board.records, props.affiliations)
  const user = useTldrawCurrentUser(useLocalUserPreferences(self))
  const [editor, setEditor] = useState<Editor | null>(null)
  const shapeUtils = useMemo(
    () => boardShapeUtils(props.affiliations, { id: self.id, city: self.city, role: self.role }),
    [props.affiliations, self.id, self.city, self.role],
  )
  const control = useControl({
    socket: board.socket,
    roomId: room.id,
    token: props.token,
    self,
    canFacilitate: canWriteDocument(self, 'control', room.status),
  })
  const uiOverrides = useMemo(() => boardUiOverrides(control.canFacilitate), [control.canFacilitate])
  // Closed while open here (through any instance): the control document says so at once.
  const closedNow = room.status !== 'closed' && control.state.closed
  const readOnly = board.readOnly || readOnlyFromStart || closedNow
  const liveRoom: Room = closedNow ? { ...room, status: 'closed' } : room
  useEffect(() => {
    if (editor && closedNow) editor.updateInstanceState({ isReadonly: true })
  }, [editor, closedNow])
  useLockAndFollow(editor, control, self, readOnly)
  const { setIdentityMode } = board
  const identityMode = control.synced ? control.state.identityMode : null
  useEffect(() => setIdentityMode(identityMode), [setIdentityMode, identityMode])

  const authFailure = board.failure?.kind === 'auth' ? board.failure.reason : null
  const { onAuthFailure } = props
  useEffect(() => {
    if (authFailure !== null) onAuthFailure(authFailure)
  }, [authFailure, onAuthFailure])

  // tldraw's licence check failed (invalid or expired key): the list view, before tldraw blanks the board.
  useEffect(
    () => (editor ? watchLicence(editor, (problem) => switchToListView(room.id, problem)) : undefined),
    [editor, room.id],
  )
  const canvasRef = useRef<HTMLDivElement>(null)
  useEffect(
    () =>
      canvasRef.current
        ? watchLicenceGate(canvasRef.current, (problem) => switchToListView(room.id, problem))
        : undefined,
    [room.id],
  )

  const onMount = (editor: Editor) => {
    if (readOnly) editor.updateInstanceState({ isReadonly: true })
    setEditor(editor)
  }

  const selfAffiliation = props.affiliations.find((a) => a.id === self.city)
  const cityName = selfAffiliation ? affiliationName(selfAffiliation, t) : self.city
  return (
    <div className="board-page">
      {closedNow && (
        <p className="notice" role="status" data-testid="room-closed">
          {t('room.closed')}
        </p>
      )}
      <TopBar room={liveRoom} status={board.status} self={self} cityName={cityName} readOnly={readOnly}>
        <PhaseStatus control={control} />
        <CitiesMenu affiliations={props.affiliations} />
      </TopBar>
      <IdentityModeNotice mode={control.synced ? control.state.identityMode : null} />
      <div className="sr-only" aria-live="polite" data-testid="announcements">
        {announcement}
      </div>
      {board.failure?.kind === 'closed' && board.failure.code === CloseEvents.Removed.code && <RemovedNotice />}
      {board.failure?.kind === 'closed' && board.failure.code !== CloseEvents.Removed.code && (
        <ClosedBanner failure={board.failure} />
      )}
      {!props.admitted && room.status !== 'closed' && board.failure === null && <WaitingNotice />}
      {isLockedOut(control.state.locked, self.role) && <LockedNotice />}
      <ControlProvider value={control}>
        <div className="board-body">
          <div className="board-canvas" ref={canvasRef}>
            <Tldraw
              store={board.storeWithStatus}
              assetUrls={assetUrls}
              licenseKey={props.licenseKey ?? undefined}
              user={user}
              onMount={onMount}
              components={boardComponents}
              overrides={uiOverrides}
              shapeUtils={shapeUtils}
              options={boardTldrawOptions}
              autoFocus
            >
              <BoardShapesLayer self={self} affiliations={props.affiliations} />
            </Tldraw>
            <WhosHere
              people={people}
              affiliations={props.affiliations}
              selfId={self.id}
              onFollow={editor ? (person) => editor.startFollowingUser(createUserId(person.id)) : undefined}
            />
          </div>
          <SideDock
            control={control}
            editor={editor}
            token={props.token}
            roomId={room.id}
            role={self.role}
            affiliations={props.affiliations}
            selfId={self.id}
          />
        </div>
      </ControlProvider>
    </div>
  )
}

/**
 * tldraw's local user: our participant id, name and city colour. Other preferences (dark mode,
 * snapping…) may change during the visit; id, name and colour may not. tldraw's menus follow our
 * language (`locale`), where tldraw has it (tldrawLocale: Icelandic → English).
 */
function useLocalUserPreferences(self: PresenceUser) {
  const { i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? i18n.language
  const prefs = useMemo(() => {
    const fixed = { id: self.id, name: self.name, color: self.color }
    const $prefs = atom<TLUserPreferences>('userPreferences', {
      ...fixed,
      locale: tldrawLocale(i18n.resolvedLanguage ?? i18n.language),
    })
    return {
      userPreferences: $prefs,
      setUserPreferences: (next: TLUserPreferences) => $prefs.set({ ...next, ...fixed }),
    }
  }, [self.id, self.name, self.color, i18n])
  useEffect(() => {
    prefs.userPreferences.update((current) => ({ ...current, locale: tldrawLocale(language) }))
  }, [prefs, language])
  return prefs
}

function ClosedBanner({ failure }: { failure: Extract<BoardFailure, { kind: 'closed' }> }) {
  const { t } = useTranslation()
  return (
    <div className="banner error" role="alert" data-testid="server-closed">
      {t('board.serverClosed', { reason: closeReasonText(failure.reason, failure.code) })}{' '}
      {failure.reason === 'invalid-record' ? t('board.changeRefused') : t('board.reconnecting')}
    </div>
  )
}

function WaitingNotice() {
  const { t } = useTranslation()
  return (
    <div className="banner" role="status" data-testid="waiting-notice">
      {t('trust.waiting')}
    </div>
  )
}

/** A facilitator or the secretariat removed this person: their session has ended for good. */
export function RemovedNotice() {
  const { t } = useTranslation()
  return (
    <div className="banner error" role="alert" data-testid="removed-notice">
      {t('trust.removed')}
    </div>
  )
}
