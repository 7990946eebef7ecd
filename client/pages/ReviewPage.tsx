/** /rooms/:roomId/review — who is asking, then the room's snapshots and distillation (client/review). */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api/http.ts'
import { getRoom } from '../api/review.ts'
import type { Room } from '../api/types.ts'
import { useConfig } from '../api/useConfig.ts'
import { useReviewAccess } from '../review/useReviewAccess.ts'
import { ReviewView } from '../review/ReviewView.tsx'

export function ReviewPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation()
  const { config, error: configError } = useConfig()
  const access = useReviewAccess(roomId)
  const ready = access.kind === 'ready' ? access.access : null
  const [room, setRoom] = useState<Room | null>(null)
  const [roomError, setRoomError] = useState<string | null>(null)

  // A member's session names the room; the secretariat's token asks for it.
  useEffect(() => {
    if (!ready) return
    if (ready.room) return setRoom(ready.room)
    let live = true
    getRoom(ready.token, roomId).then(
      (answer) => live && setRoom(answer.room),
      (error: unknown) => live && setRoomError(errorMessage(error)),
    )
    return () => {
      live = false
    }
  }, [ready, roomId])

  const blocked =
    access.kind !== 'blocked'
      ? null
      : access.reason === 'error'
        ? t('review.cannotOpen', { detail: access.detail })
        : t(`room.blocked.${access.reason}`)
  const problem = blocked ?? configError ?? roomError
  if (problem) {
    return (
      <main className="page narrow">
        <h1>Capital Room</h1>
        <p className="notice error" role="alert" data-testid="review-blocked">
          {problem}
        </p>
        <p>{t('review.blockedHint')}</p>
      </main>
    )
  }
  if (!ready || !config || !room) {
    return (
      <main className="page narrow">
        <p className="muted">{t('review.opening')}</p>
      </main>
    )
  }
  return <ReviewView access={ready} room={room} config={config} />
}
