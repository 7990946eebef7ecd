/** Case cards by city, and a form for my city's card (add it, or edit the one on the board). */
import type { TLRecord } from '@tldraw/tlschema'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { CASE_FIELDS } from '../../shared/board/caseCard.ts'
import type { PresenceUser } from '../../shared/protocol.ts'
import { useFocusOnMount } from '../a11y/useFocusOnMount.ts'
import type { Affiliation } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import { saveCaseCard } from './listActions.ts'
import type { ListCaseCard, ListModel } from '../../shared/board/listModel.ts'
import type { CaseFields } from './listRecords.ts'

const EMPTY: CaseFields = { title: '', challenge: '', context: '', tried: '', results: '', lessons: '' }

export function CaseCards(props: {
  model: ListModel | null
  records: Y.Map<TLRecord> | null
  affiliations: Affiliation[]
  self: PresenceUser
  canWrite: boolean
}) {
  const { t } = useTranslation()
  const { model, affiliations, self } = props
  const [editing, setEditing] = useState(false)
  const mine = model?.caseCards.find((g) => g.city === self.city)?.cards[0] ?? null
  const cityName = (id: string) => {
    const found = affiliations.find((a) => a.id === id)
    return found ? affiliationName(found, t) : id
  }
  return (
    <section className="list-section" aria-labelledby="cases-heading" data-testid="case-cards">
      <h2 id="cases-heading">{t('cases.heading')}</h2>
      {props.canWrite && props.records && !editing && (
        <button type="button" onClick={() => setEditing(true)} data-testid="case-card-edit">
          {mine
            ? t('cases.editMine', { city: cityName(self.city) })
            : t('cases.addMine', { city: cityName(self.city) })}
        </button>
      )}
      {props.canWrite && props.records && editing && (
        <CaseCardForm
          card={mine}
          cityName={cityName(self.city)}
          onCancel={() => setEditing(false)}
          onSave={(fields) => {
            if (props.records) saveCaseCard(props.records, self.city, cityName(self.city), fields, mine?.id ?? null)
            setEditing(false)
          }}
        />
      )}
      {model && model.caseCards.length === 0 && <p className="muted">{t('cases.none')}</p>}
      {model?.caseCards.map(({ city, cards }) => {
        const affiliation = affiliations.find((a) => a.id === city)
        return (
          <div key={city} className="case-city" data-testid="case-city" data-city={city}>
            <h3>
              <span className="dot" style={{ background: affiliation?.color ?? '#6e7781' }} aria-hidden="true" />
              {cityName(city)}
            </h3>
            {cards.map((card) => (
              <CaseCardView key={card.id} card={card} />
            ))}
          </div>
        )
      })}
    </section>
  )
}

function CaseCardView({ card }: { card: ListCaseCard }) {
  const { t } = useTranslation()
  return (
    <article className="case-card-item" data-testid="case-card-item">
      <h4>{card.title || t('cases.untitled')}</h4>
      <dl>
        {CASE_FIELDS.filter(([key]) => card[key].trim() !== '').map(([key]) => (
          <div key={key}>
            <dt>{t(`cases.fields.${key}`)}</dt>
            <dd>{card[key]}</dd>
          </div>
        ))}
      </dl>
    </article>
  )
}

function CaseCardForm({
  card,
  cityName,
  onSave,
  onCancel,
}: {
  card: ListCaseCard | null
  cityName: string
  onSave: (fields: CaseFields) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [fields, setFields] = useState<CaseFields>(() =>
    card
      ? {
          title: card.title,
          challenge: card.challenge,
          context: card.context,
          tried: card.tried,
          results: card.results,
          lessons: card.lessons,
        }
      : EMPTY,
  )
  const titleField = useFocusOnMount<HTMLInputElement>()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSave(fields)
  }
  return (
    <form
      className="case-card-form card form"
      onSubmit={submit}
      aria-label={t('cases.formLabel', { city: cityName })}
      data-testid="case-card-form"
    >
      <label htmlFor="case-title">{t('cases.fields.title')}</label>
      <input
        id="case-title"
        maxLength={200}
        value={fields.title}
        ref={titleField}
        onChange={(e) => setFields({ ...fields, title: e.target.value })}
      />
      {CASE_FIELDS.map(([key]) => (
        <div key={key} className="field">
          <label htmlFor={`case-${key}`}>{t(`cases.fields.${key}`)}</label>
          <textarea
            id={`case-${key}`}
            rows={3}
            maxLength={5000}
            value={fields[key]}
            onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
          />
        </div>
      ))}
      <div className="row">
        <button type="submit" className="primary">
          {t('cases.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
