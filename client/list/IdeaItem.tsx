/** One idea in the list: kind, text, city and author (as the identity mode kept them), dots; edit and delete for its author. */
import type { TLRecord } from '@tldraw/tlschema'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { IDEA_KINDS, type IdeaKind } from '../../shared/board/ideas.ts'
import { useFocusOnMount } from '../a11y/useFocusOnMount.ts'
import type { Affiliation } from '../api/types.ts'
import { affiliationName } from '../i18n/affiliationName.ts'
import type { useMyVotes } from '../board/panels/useMyVotes.ts'
import { deleteIdea, editIdea } from './listActions.ts'
import { targetTitle, type ListIdea } from '../../shared/board/listModel.ts'
import { VoteButtons } from './VoteButtons.tsx'

export interface IdeaItemProps {
  idea: ListIdea
  affiliations: Affiliation[]
  canWrite: boolean
  canVote: boolean
  votes: ReturnType<typeof useMyVotes>
  records: Y.Map<TLRecord> | null
  selfCity: string
}

export function IdeaItem({ idea, affiliations, canWrite, canVote, votes, records, selfCity }: IdeaItemProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const city = affiliations.find((a) => a.id === idea.city)
  const owner = idea.kind === 'next-step' ? affiliations.find((a) => a.id === idea.ownerCity) : undefined
  const byline = [city ? affiliationName(city, t) : idea.city, idea.authorName].filter(Boolean).join(' · ')
  const short = targetTitle(idea)

  if (editing && records) {
    return (
      <li className="idea-item" data-testid="idea-item" data-idea-id={idea.id}>
        <EditIdea
          idea={idea}
          affiliations={affiliations}
          onCancel={() => setEditing(false)}
          onSave={(change) => {
            editIdea(records, idea.id, change, selfCity)
            setEditing(false)
          }}
        />
      </li>
    )
  }
  return (
    <li className="idea-item" data-testid="idea-item" data-idea-id={idea.id} data-kind={idea.kind}>
      <p className="idea-meta">
        <span className={`kind-tag kind-${idea.kind}`}>{t(`kinds.${idea.kind}`)}</span>
        {byline && (
          <span className="byline">
            {city && <span className="dot" style={{ background: city.color }} aria-hidden="true" />}
            {byline}
          </span>
        )}
        {owner && <span className="owner">{t('list.ownedBy', { city: owner.name })}</span>}
        {idea.votes !== null && <span className="votes">{t('list.dots', { count: idea.votes })}</span>}
      </p>
      <p className="idea-text">{idea.text || <span className="muted">{t('list.emptyText')}</span>}</p>
      {(canVote && idea.votable) || (canWrite && idea.own) ? (
        <div className="idea-actions">
          {canVote && idea.votable && <VoteButtons targetId={idea.id} title={short} votes={votes} />}
          {canWrite && idea.own && !confirming && (
            <>
              <button type="button" aria-label={t('list.editIdea', { title: short })} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </button>
              <button
                type="button"
                aria-label={t('list.deleteIdea', { title: short })}
                onClick={() => setConfirming(true)}
              >
                {t('common.delete')}
              </button>
            </>
          )}
          {canWrite && idea.own && confirming && records && (
            <ConfirmDelete
              question={t('list.confirmDelete', { title: short })}
              onConfirm={() => {
                deleteIdea(records, idea.id)
                document.getElementById('ideas-heading')?.focus()
              }}
              onCancel={() => setConfirming(false)}
            />
          )}
        </div>
      ) : null}
    </li>
  )
}

function EditIdea({
  idea,
  affiliations,
  onSave,
  onCancel,
}: {
  idea: ListIdea
  affiliations: Affiliation[]
  onSave: (change: { text: string; kind: IdeaKind; ownerCity: string | null }) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState(idea.text)
  const [kind, setKind] = useState<IdeaKind>(idea.kind)
  const [ownerCity, setOwnerCity] = useState(idea.ownerCity ?? idea.city ?? '')
  const cities = affiliations.filter((a) => a.kind === 'city')
  const field = useFocusOnMount<HTMLTextAreaElement>()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (text.trim() === '') return
    onSave({ text: text.trim(), kind, ownerCity: kind === 'next-step' ? ownerCity || null : null })
  }
  return (
    <form className="edit-idea" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label htmlFor={`edit-${idea.id}`}>{t('list.ideaText')}</label>
      <textarea
        id={`edit-${idea.id}`}
        rows={3}
        maxLength={2000}
        value={text}
        ref={field}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="idea-form-row">
        <label>
          <span>{t('list.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as IdeaKind)}>
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
            <select value={ownerCity} onChange={(e) => setOwnerCity(e.target.value)}>
              {cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}

function ConfirmDelete({
  question,
  onConfirm,
  onCancel,
}: {
  question: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const confirm = useFocusOnMount<HTMLButtonElement>()
  return (
    <fieldset className="confirm-delete">
      <legend>{question}</legend>
      <button type="button" className="danger" ref={confirm} onClick={onConfirm}>
        {t('list.deleteConfirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </fieldset>
  )
}
