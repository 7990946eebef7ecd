/**
 * /join/:code — see which room an invite opens and go in. The link decides the affiliation: a
 * participant or secretariat link shows it, a facilitator or observer link lets one pick a city or
 * Expert (never the secretariat), and a personal link needs no form at all.
 */
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SiteFooter } from '../a11y/SiteFooter.tsx'
import { affiliationName } from '../i18n/affiliationName.ts'
import { formatDate } from '../i18n/format.ts'
import { getInvite, getSession, join } from '../api/endpoints.ts'
import { errorMessage } from '../api/http.ts'
import { flash, inviteCode, sessionToken } from '../api/tokens.ts'
import type { InviteInfo, Session } from '../api/types.ts'
import { useConfig } from '../api/useConfig.ts'
import { navigate } from '../router.ts'

const roomPath = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`

export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation()
  const { config, error: configError } = useConfig()
  const [invite, setInvite] = useState<InviteInfo | null>(null)
  const [inviteError, setInviteError] = useState<string | null>(null)
  const [existing, setExisting] = useState<Session | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice] = useState(() => flash.take())

  useEffect(() => {
    let live = true
    getInvite(code).then(
      async (info) => {
        if (!live) return
        setInvite(info)
        // Someone who already joined this room (same browser) can continue without a new identity.
        const token = sessionToken.get(info.room.id)
        if (!token) return
        const session = await getSession(token).catch(() => null)
        if (!live) return
        if (session) setExisting(session)
        else sessionToken.set(info.room.id, null)
      },
      (err: unknown) => live && setInviteError(errorMessage(err)),
    )
    return () => {
      live = false
    }
  }, [code])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    try {
      const personal = invite?.personal != null
      const city = data.get('city')
      const result = await join({
        invite: code,
        ...(personal ? {} : { name: String(data.get('name') ?? '').trim() }),
        ...(typeof city === 'string' && city ? { city } : {}),
      })
      sessionToken.set(result.room.id, result.token)
      inviteCode.set(result.room.id, code)
      navigate(roomPath(result.room.id))
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  if (inviteError) {
    return (
      <>
        <main className="page narrow">
          <h1>Capital Room</h1>
          <p className="notice error" role="alert" data-testid="invite-error">
            {t('join.inviteError', { error: inviteError })}
          </p>
        </main>
        <SiteFooter />
      </>
    )
  }
  if (!invite) {
    return (
      <main className="page narrow">
        <p className="muted">{t('join.opening')}</p>
      </main>
    )
  }

  const { room, role, affiliation, personal } = invite
  const fixedEntry = affiliation === null ? undefined : config?.affiliations.find((a) => a.id === affiliation)
  const fixedAffiliation = affiliation === null ? null : fixedEntry ? affiliationName(fixedEntry, t) : affiliation
  const choices = config?.affiliations.filter((a) => a.id !== 'secretariat') ?? []
  return (
    <>
      <main className="page narrow">
        <p className="eyebrow">{t(`join.invitedAs.${role}`)}</p>
        <h1 data-testid="join-room-title">{room.title}</h1>
        <p className="muted">
          {formatDate(room.date)} · {room.hostCity} · {room.location}
        </p>
        {notice && (
          <p className="notice error" role="alert" data-testid="join-notice">
            {notice}
          </p>
        )}
        {room.status === 'closed' && <p className="notice">{t('join.closed')}</p>}
        {existing && (
          <div className="card continue">
            <p>
              {t('join.alreadyJoined')} <strong>{existing.participant.name}</strong>
            </p>
            <button
              type="button"
              className="primary"
              data-testid="continue-session"
              onClick={() => navigate(roomPath(room.id))}
            >
              {t('join.continueAs', { name: existing.participant.name })}
            </button>
            <p className="muted">{t('join.orJoinAgain')}</p>
          </div>
        )}
        <form className="card form" data-testid="join-form" onSubmit={submit}>
          {personal ? (
            <p data-testid="join-personal">
              {t('join.personal', { name: personal.name, affiliation: fixedAffiliation })}
            </p>
          ) : (
            <>
              <label htmlFor="join-name">{t('join.name')}</label>
              <input id="join-name" name="name" required maxLength={80} autoComplete="name" autoFocus={!existing} />
            </>
          )}
          {!personal && fixedAffiliation !== null && (
            <p data-testid="join-affiliation">{t('join.fixedAffiliation', { affiliation: fixedAffiliation })}</p>
          )}
          {affiliation === null && (
            <>
              <label htmlFor="join-city">{t('join.affiliation')}</label>
              <select id="join-city" name="city" required defaultValue="">
                <option value="" disabled>
                  {config ? t('join.choose') : t('join.loading')}
                </option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {affiliationName(choice, t)}
                  </option>
                ))}
              </select>
            </>
          )}
          {(error ?? configError) && (
            <p className="notice error" role="alert">
              {error ?? configError}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy || !config}>
            {busy ? t('join.joining') : personal ? t('join.joinAs', { name: personal.name }) : t('join.submit')}
          </button>
        </form>
      </main>
      <SiteFooter />
    </>
  )
}
