/**
 * The ideas, by cluster, then the unclustered ones. A board can hold thousands: the list renders the
 * first rows and more as the reader scrolls (or asks with the button), so the first screen is quick
 * and the tab order stays the reading order.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { Affiliation } from '../api/types.ts'
import type { useMyVotes } from '../board/panels/useMyVotes.ts'
import { IdeaItem } from './IdeaItem.tsx'
import { targetTitle, type ListIdea, type ListRow } from '../../shared/board/listModel.ts'
import { VoteButtons } from './VoteButtons.tsx'

/** Rows rendered at first, and added each time the end of the list comes into view. */
export const ROWS_PER_PAGE = 120

export interface IdeaListProps {
  /** The list's lines: the board's, or the server's first rows while the board's sync travels; null while neither is in. */
  rows: ListRow[] | null
  ideaCount: number
  affiliations: Affiliation[]
  canWrite: boolean
  canVote: boolean
  votes: ReturnType<typeof useMyVotes>
  records: Y.Map<TLRecord> | null
  selfCity: string
}

export function IdeaList(props: IdeaListProps) {
  const { t } = useTranslation()
  const [limit, setLimit] = useState(ROWS_PER_PAGE)
  const sentinel = useRef<HTMLDivElement>(null)
  const rows = props.rows ?? []
  const more = rows.length > limit

  useEffect(() => {
    const element = sentinel.current
    if (!element || !more) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + ROWS_PER_PAGE)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [more])

  return (
    <section className="list-section" aria-labelledby="ideas-heading" data-testid="idea-list">
      <h2 id="ideas-heading" tabIndex={-1}>
        {t('list.ideasHeading', { count: props.ideaCount })}
      </h2>
      {!props.rows && <p className="muted">{t('list.loading')}</p>}
      {props.rows && rows.length === 0 && <p className="muted">{t('list.noIdeas')}</p>}
      {groups(rows.slice(0, limit)).map((group) => (
        <div key={group.key} className="idea-group" data-testid="idea-group">
          {group.heading}
          {group.ideas.length > 0 && (
            <ul className="idea-items">
              {group.ideas.map((idea) => (
                <IdeaItem key={idea.id} idea={idea} {...props} />
              ))}
            </ul>
          )}
        </div>
      ))}
      {more && (
        <div ref={sentinel} className="list-more">
          <button type="button" onClick={() => setLimit((n) => n + ROWS_PER_PAGE)} data-testid="show-more">
            {t('list.showMore', { count: rows.length - limit })}
          </button>
        </div>
      )}
    </section>
  )

  /** Consecutive rows as heading + ideas, so each cluster's ideas are one list under its heading. */
  function groups(visible: ListRow[]) {
    const out: { key: string; heading: React.ReactNode; ideas: ListIdea[] }[] = []
    for (const row of visible) {
      if (row.type === 'cluster') {
        const { cluster } = row
        out.push({
          key: cluster.id,
          ideas: [],
          heading: (
            <div className="cluster-heading" data-testid="cluster-heading">
              <h3>{cluster.title}</h3>
              <span className="muted">{t('list.ideaCount', { count: row.count })}</span>
              {cluster.votes !== null && <span className="votes">{t('list.dots', { count: cluster.votes })}</span>}
              {props.canVote && cluster.votable && (
                <VoteButtons targetId={cluster.id} title={targetTitle(cluster)} votes={props.votes} />
              )}
            </div>
          ),
        })
      } else if (row.type === 'unclustered') {
        out.push({
          key: 'unclustered',
          ideas: [],
          heading: <h3 className="cluster-heading">{t('list.unclustered')}</h3>,
        })
      } else {
        if (out.length === 0) out.push({ key: 'start', ideas: [], heading: null })
        out[out.length - 1].ideas.push(row.idea)
      }
    }
    return out
  }
}
