/**
 * Facilitators: who waits to be let in (by city, with "Admit" and "Admit all from <city>"), how many
 * are admitted and may vote, and "Remove" for anyone in the room. Polls the lobby every few seconds.
 */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { admitCity, admitParticipant, getLobby, removeParticipant } from '../../api/endpoints.ts'
import { errorMessage } from '../../api/http.ts'
import type { Affiliation, ListedParticipant, Lobby } from '../../api/types.ts'
import { affiliationName } from '../../i18n/affiliationName.ts'
import { useAction } from './useAction.ts'

const POLL_MS = 3000

function byCity(people: ListedParticipant[]): [string, ListedParticipant[]][] {
  const groups = new Map<string, ListedParticipant[]>()
  for (const person of people) groups.set(person.city, [...(groups.get(person.city) ?? []), person])
  return [...groups]
}

export function LobbyPanel(props: { token: string; roomId: string; selfId: string; affiliations: Affiliation[] }) {
  const { t } = useTranslation()
  const [lobby, setLobby] = useState<Lobby | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const action = useAction()
  const cityName = (id: string) => {
    const affiliation = props.affiliations.find((a) => a.id === id)
    return affiliation ? affiliationName(affiliation, t) : id
  }

  const refresh = useCallback(async () => {
    try {
      setLobby(await getLobby(props.token, props.roomId))
      setLoadError(null)
    } catch (error) {
      setLoadError(errorMessage(error))
    }
  }, [props.token, props.roomId])

  useEffect(() => {
    void refresh()
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => clearInterval(timer)
  }, [refresh])

  const act = (work: () => Promise<unknown>) =>
    action.run(async () => {
      await work()
      await refresh()
    })
  const remove = (person: ListedParticipant) => {
    if (!confirm(t('lobby.confirmRemove', { name: person.name }))) return
    void act(() => removeParticipant(props.token, props.roomId, person.id))
  }

  return (
    <section className="panel lobby" aria-label={t('lobby.heading')} data-testid="lobby-panel">
      <h3>{t('lobby.heading')}</h3>
      {lobby && (
        <p className="hint" data-testid="lobby-counts">
          {t('lobby.counts', {
            admitted: t('lobby.admitted', { count: lobby.admitted }),
            voters: t('lobby.voters', { count: lobby.voters }),
            waiting: t('lobby.waiting', { count: lobby.waiting.length }),
          })}
        </p>
      )}
      {lobby?.waiting.length === 0 && <p className="hint">{t('lobby.nobodyWaiting')}</p>}
      {lobby &&
        byCity(lobby.waiting).map(([city, people]) => (
          <div key={city} className="lobby-city" data-testid="lobby-city">
            <div className="row">
              <strong>{cityName(city)}</strong>
              <button
                type="button"
                disabled={action.busy}
                onClick={() => void act(() => admitCity(props.token, props.roomId, city))}
              >
                {t('lobby.admitAll', { city: cityName(city) })}
              </button>
            </div>
            <ul>
              {people.map((person) => (
                <li key={person.id} className="row" data-testid="lobby-waiting">
                  <span>{person.name}</span>
                  <button
                    type="button"
                    disabled={action.busy}
                    aria-label={t('lobby.admitName', { name: person.name })}
                    onClick={() => void act(() => admitParticipant(props.token, props.roomId, person.id))}
                  >
                    {t('lobby.admit')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      {lobby && lobby.members.length > 0 && (
        <details>
          <summary>{t('lobby.inRoom', { count: lobby.members.length })}</summary>
          <ul>
            {lobby.members.map((person) => (
              <li key={person.id} className="row" data-testid="lobby-member">
                <span>
                  {person.name} · {cityName(person.city)} · {t(`roles.${person.role}`)}
                </span>
                {person.id !== props.selfId && (
                  <button
                    type="button"
                    className="danger"
                    disabled={action.busy}
                    aria-label={t('lobby.removeName', { name: person.name })}
                    onClick={() => remove(person)}
                  >
                    {t('lobby.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {(action.error ?? loadError) && (
        <p className="error" role="alert">
          {action.error ?? loadError}
        </p>
      )}
    </section>
  )
}
