/**
 * A case card on the canvas: the city's colour band, the title, the five case fields with their
 * labels, long text faded out. While the card is being edited the same layout holds inputs; they
 * keep pointer and keyboard events to themselves (except Escape, which ends editing as in any
 * tldraw shape) and write each change to the shape.
 */
import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { HTMLContainer, useEditor, useValue } from 'tldraw'
import { CASE_FIELDS, type CaseCardProps } from '../../../shared/board/caseCard.ts'
import type { Affiliation } from '../../api/types.ts'
import { affiliationName } from '../../i18n/affiliationName.ts'
import type { CaseCardShape } from './caseCardType.ts'
import './shapes.css'

type TextField = Exclude<keyof CaseCardProps, 'w' | 'h' | 'city'>

/** The validators' limits (shared/board/caseCard.ts): longer text would be refused. */
const MAX_LENGTH: Record<TextField, number> = {
  title: 200,
  challenge: 5000,
  context: 5000,
  tried: 5000,
  results: 5000,
  lessons: 5000,
}

/** `mayChooseCity`: facilitators set a card's city; anyone else's card takes their own. */
export function CaseCardView({
  shape,
  affiliations,
  mayChooseCity = true,
}: {
  shape: CaseCardShape
  affiliations: readonly Affiliation[]
  mayChooseCity?: boolean
}) {
  const { t } = useTranslation()
  const editor = useEditor()
  const isEditing = useValue('editing case card', () => editor.getEditingShapeId() === shape.id, [editor, shape.id])
  const readOnly = useValue('read-only', () => editor.getIsReadonly(), [editor])
  const { props } = shape
  const city = affiliations.find((a) => a.id === props.city)
  const write = (patch: Partial<CaseCardProps>) =>
    editor.updateShape<CaseCardShape>({ id: shape.id, type: shape.type, props: patch })

  return (
    <HTMLContainer
      className={`case-card${isEditing ? ' editing' : ''}`}
      data-testid="case-card"
      data-city={props.city}
      style={{ width: props.w, height: props.h, pointerEvents: isEditing ? 'all' : 'none' }}
    >
      <div className="case-card-band" style={{ background: city?.color ?? '#6e7781' }}>
        {isEditing && mayChooseCity ? (
          <CityPicker value={props.city} affiliations={affiliations} onChange={(value) => write({ city: value })} />
        ) : (
          <span>{city ? affiliationName(city, t) : props.city || t('cases.noCity')}</span>
        )}
        <span className="case-card-kind">{t('cases.kind')}</span>
      </div>
      {isEditing ? <CaseCardForm props={props} write={write} /> : <CaseCardBody props={props} editable={!readOnly} />}
    </HTMLContainer>
  )
}

function CaseCardBody({ props, editable }: { props: CaseCardProps; editable: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="case-card-body">
      <h3 className={`case-card-title${props.title ? '' : ' empty'}`}>
        {props.title || (editable ? t('cases.untitledEditable') : t('cases.untitled'))}
      </h3>
      {CASE_FIELDS.map(([key]) => (
        <section key={key} className="case-card-field" data-field={key}>
          <h4>{t(`cases.fields.${key}`)}</h4>
          <p className={props[key] ? '' : 'empty'}>{props[key] || '—'}</p>
        </section>
      ))}
    </div>
  )
}

function CaseCardForm({ props, write }: { props: CaseCardProps; write: (patch: Partial<CaseCardProps>) => void }) {
  const { t } = useTranslation()
  const titleRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    titleRef.current?.focus()
  }, [])
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: these handlers only keep tldraw from taking the form's own events
    <div
      className="case-card-body"
      onPointerDown={keepEvent}
      onKeyDown={keepKeys}
      onCopy={keepEvent}
      onCut={keepEvent}
      onPaste={keepEvent}
    >
      <input
        ref={titleRef}
        className="case-card-title-input"
        aria-label={t('cases.titleLabel')}
        placeholder={t('cases.titleLabel')}
        value={props.title}
        maxLength={MAX_LENGTH.title}
        onChange={(e) => write({ title: e.currentTarget.value })}
      />
      {CASE_FIELDS.map(([key]) => (
        <label key={key} className="case-card-field" data-field={key}>
          <h4>{t(`cases.fields.${key}`)}</h4>
          <textarea
            value={props[key]}
            maxLength={MAX_LENGTH[key]}
            onChange={(e) => write({ [key]: e.currentTarget.value })}
          />
        </label>
      ))}
    </div>
  )
}

function CityPicker(props: { value: string; affiliations: readonly Affiliation[]; onChange: (city: string) => void }) {
  const { t } = useTranslation()
  const cities = props.affiliations.filter((a) => a.kind === 'city' || a.id === props.value)
  return (
    <select
      aria-label={t('cases.cityLabel')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      onPointerDown={keepEvent}
      onKeyDown={keepKeys}
    >
      {!cities.some((a) => a.id === props.value) && (
        <option value={props.value}>{props.value || t('cases.noCity')}</option>
      )}
      {cities.map((a) => (
        <option key={a.id} value={a.id}>
          {affiliationName(a, t)}
        </option>
      ))}
    </select>
  )
}

/** Typing and clicking in the card's inputs is for the inputs, not for tldraw's canvas and shortcuts. */
function keepEvent(e: SyntheticEvent) {
  e.stopPropagation()
}

/** Escape goes on to tldraw, which ends editing. */
function keepKeys(e: KeyboardEvent) {
  if (e.key !== 'Escape') e.stopPropagation()
}
