/** /cities/:city — a city's next steps from every room, followed up between rooms (client/cities). */
import { useTranslation } from 'react-i18next'
import type { Affiliation } from '../api/types.ts'
import { useConfig } from '../api/useConfig.ts'
import { CityNav } from '../cities/CityNav.tsx'
import { CityStep } from '../cities/CityStep.tsx'
import { groupByRoom } from '../cities/groupByRoom.ts'
import { useCitySteps } from '../cities/useCitySteps.ts'
import { editToken, useSignIn, type SignIn } from '../cities/useSignIn.ts'
import { formatDate } from '../i18n/format.ts'
import '../cities/cities.css'

export function CityPage({ city }: { city: string }) {
  const { t } = useTranslation()
  const { config, error: configError } = useConfig()
  const signIn = useSignIn()
  const cities = config?.affiliations.filter((a) => a.kind === 'city') ?? []
  const affiliation = cities.find((a) => a.id === city)
  const { steps, rooms, error, signedOut, replace } = useCitySteps(signIn, affiliation ? city : null)
  const problem =
    configError ??
    error ??
    (signedOut ? t('cityPage.signInFirst') : null) ??
    (config && !affiliation ? t('cityPage.noSuchCity', { city }) : null)

  return (
    <main className="page city-page" data-testid="city-page" data-city={city}>
      <header className="page-head">
        <div>
          <p className="eyebrow">{t('cityPage.eyebrow')}</p>
          <h1>
            <span className="dot big" style={{ background: affiliation?.color }} aria-hidden="true" />
            {affiliation?.name ?? city}
          </h1>
        </div>
        <nav className="page-links">
          {signIn?.admin && <a href="/admin">{t('cityPage.secretariat')}</a>}
          <a href="/publication">The Capital Code</a>
        </nav>
      </header>
      <CityNav cities={cities} current={city} />
      {signIn && affiliation && <WhoCanEdit signIn={signIn} city={affiliation} />}
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {!problem && steps === null && <p className="muted">{t('cityPage.loading')}</p>}
      {steps?.length === 0 && <p className="muted">{t('cityPage.noSteps', { city: affiliation?.name ?? city })}</p>}
      {signIn &&
        groupByRoom(steps ?? [], rooms).map((group) => (
          <section key={group.roomId} className="city-room" data-testid="city-room" data-room-id={group.roomId}>
            <h2>
              {group.room ? group.room.title : t('cityPage.unknownRoom')}
              <span className="muted small">
                {' '}
                {group.room ? `${formatDate(group.room.date)} · ${group.room.hostCity}` : group.roomId}
              </span>
            </h2>
            <ul className="city-steps">
              {group.steps.map((step) => (
                <CityStep
                  key={step.id}
                  step={step}
                  token={editToken(signIn, step.city, step.roomId)}
                  onChanged={replace}
                />
              ))}
            </ul>
          </section>
        ))}
    </main>
  )
}

function WhoCanEdit({ signIn, city }: { signIn: SignIn; city: Affiliation }) {
  const { t } = useTranslation()
  const own = signIn.sessions.find((s) => s.participant.city === city.id && s.participant.role !== 'observer')
  const text = own
    ? t('cityPage.youUpdate', { name: own.participant.name, city: city.name })
    : signIn.admin
      ? t('cityPage.secretariatUpdates')
      : t('cityPage.readOnly', { city: city.name })
  return (
    <p className="muted small" data-testid="city-access">
      {text}
    </p>
  )
}
