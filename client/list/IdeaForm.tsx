/**
 * "New idea": the text (always in the tab order, on phones too), its kind, the owning city for a next
 * step and, optionally, a cluster. While the room is locked the form stays visible but cannot send.
 */
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { IDEA_KINDS, type IdeaKind } from '../../shared/board/ideas.ts'
import type { Affiliation } from '../api/types.ts'
import type { ListCluster } from '../../shared/board/listModel.ts'

export interface IdeaFormValue {
  kind: IdeaKind
  text: string
  ownerCity: string | null
  clusterId: string | null
}

export function IdeaForm(props: {
  /** This person may not add ideas now (observer, locked, closed): the field is read-only. */
  disabled: boolean
  /** The board has synced: until then the field takes typing, and adding waits. */
  ready: boolean
  clusters: ListCluster[]
  affiliations: Affiliation[]
  selfCity: string
  onAdd: (idea: IdeaFormValue) => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [kind, setKind] = useState<IdeaKind>('challenge')
  const [ownerCity, setOwnerCity] = useState(props.selfCity)
  const [clusterId, setClusterId] = useState('')
  const [status, setStatus] = useState('')
  const field = useRef<HTMLTextAreaElement>(null)
  const cities = props.affiliations.filter((a) => a.kind === 'city')

  function submit(event?: FormEvent) {
    event?.preventDefault()
    const clean = text.trim()
    if (props.disabled || clean === '') {
      setStatus(props.disabled ? t('list.cannotAdd') : t('list.emptyIdea'))
      return
    }
    if (!props.ready) {
      setStatus(t('list.notReady'))
      return
    }
    props.onAdd({ kind, text: clean, ownerCity: kind === 'next-step' ? ownerCity : null, clusterId: clusterId || null })
    setText('')
    setStatus(t('list.ideaAdded', { text: clean.slice(0, 60) }))
    field.current?.focus()
  }

  return (
    <section className="list-section idea-form" aria-labelledby="idea-form-heading">
      <h2 id="idea-form-heading">{t('list.addHeading')}</h2>
      <form onSubmit={submit} data-testid="idea-form">
        <label htmlFor="new-idea">{t('list.newIdea')}</label>
        <textarea
          id="new-idea"
          ref={field}
          rows={2}
          maxLength={2000}
          value={text}
          readOnly={props.disabled}
          aria-describedby="new-idea-hint"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e)
          }}
        />
        <p id="new-idea-hint" className="hint">
          {t('list.newIdeaHint')}
        </p>
        <div className="idea-form-row">
          <label>
            <span>{t('list.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as IdeaKind)} data-testid="idea-kind-select">
              {IDEA_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {kind === 'next-step' && (
            <label>
              <span>{t('list.ownerCity')}</span>
              <select value={ownerCity} onChange={(e) => setOwnerCity(e.target.value)} data-testid="idea-owner-select">
                {cities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                {!cities.some((c) => c.id === ownerCity) && (
                  <option value={ownerCity}>
                    {props.affiliations.find((a) => a.id === ownerCity)?.name ?? ownerCity}
                  </option>
                )}
              </select>
            </label>
          )}
          <label>
            <span>{t('list.cluster')}</span>
            <select value={clusterId} onChange={(e) => setClusterId(e.target.value)} data-testid="idea-cluster-select">
              <option value="">{t('list.noCluster')}</option>
              {props.clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" className="primary" aria-disabled={props.disabled || undefined}>
          {t('list.addIdea')}
        </button>
        <p className="hint" role="status" data-testid="idea-form-status">
          {status}
        </p>
      </form>
    </section>
  )
}
