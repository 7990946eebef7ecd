/**
 * A visible notice, announced politely, when the facilitator changes the identity mode during the
 * visit ("New ideas now show your city, not your name"). The mode found on arrival is no change.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IdentityMode } from '../../shared/board/ideas.ts'

export function IdentityModeNotice({ mode }: { mode: IdentityMode | null }) {
  const { t } = useTranslation()
  const seen = useRef<IdentityMode | null>(null)
  const [changedTo, setChangedTo] = useState<IdentityMode | null>(null)
  useEffect(() => {
    if (mode === null) return
    if (seen.current !== null && seen.current !== mode) setChangedTo(mode)
    seen.current = mode
  }, [mode])
  return (
    <div className="identity-notice-region" role="status" aria-live="polite">
      {changedTo && (
        <p className="notice identity-notice" data-testid="identity-mode-notice">
          {t('identity.changed', { mode: t(`identity.${changedTo}`) })} {t(`identity.hint.${changedTo}`)}.{' '}
          <button type="button" onClick={() => setChangedTo(null)}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
    </div>
  )
}
