/** A room's audit trail on the secretariat page: loaded when opened, newest first, downloadable as CSV. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEventView } from '../../shared/schema/audit.ts'
import { getAudit, getAuditCsv } from '../api/audit.ts'
import { ApiError, errorMessage } from '../api/http.ts'
import { formatDateTime } from '../i18n/format.ts'
import { saveBlob } from '../saveBlob.ts'
import './audit.css'

export function AuditTrail(props: { token: string; roomId: string; onUnauthorized: () => void }) {
  const { t } = useTranslation()
  const [events, setEvents] = useState<AuditEventView[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function run(action: () => Promise<void>) {
    setError(null)
    try {
      await action()
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) props.onUnauthorized()
      else setError(errorMessage(err))
    }
  }
  const load = () => run(async () => setEvents((await getAudit(props.token, props.roomId)).events))

  return (
    <details className="audit-trail" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>{t('admin.audit.summary')}</summary>
      <div className="room-actions">
        <button type="button" onClick={() => void load()}>
          {t('admin.audit.refresh')}
        </button>
        <button
          type="button"
          onClick={() =>
            void run(async () => saveBlob(await getAuditCsv(props.token, props.roomId), `audit-${props.roomId}.csv`))
          }
        >
          {t('admin.audit.downloadCsv')}
        </button>
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {events?.length === 0 && <p className="muted">{t('admin.audit.none')}</p>}
      {events && events.length > 0 && (
        <table className="audit-table" data-testid="audit-table">
          <caption className="muted small">{t('admin.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.who')}</th>
              <th scope="col">{t('admin.audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {[...events].reverse().map((event) => (
              <tr key={event.hash}>
                <td>{formatDateTime(event.at)}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>
                  {event.actor.role === 'secretariat' ? (
                    t('admin.links.secretariat')
                  ) : (
                    <>
                      {event.actor.name} <span className="muted">({t(`roles.${event.actor.role}`)})</span>
                    </>
                  )}
                </td>
                <td>{event.targetName ?? event.target ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}
