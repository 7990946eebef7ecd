/** Shown above the board while the facilitator has locked it (to those it locks: participants). */
import { useTranslation } from 'react-i18next'

export function LockedNotice() {
  const { t } = useTranslation()
  return (
    <div className="locked-notice" role="status" data-testid="locked-notice">
      {t('room.lockedNotice')}
    </div>
  )
}
