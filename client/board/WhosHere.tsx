/** "Who's here": connected people grouped by city, in the configured city order. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { affiliationName } from '../i18n/affiliationName.ts'
import { NARROW_SCREEN_PX } from '../list/roomPaths.ts'
import type { PresenceUser } from '../../shared/protocol.ts'
import type { Affiliation } from '../api/types.ts'

export function WhosHere(props: {
  people: PresenceUser[]
  affiliations: Affiliation[]
  selfId: string
  /** Clicking someone else follows their viewport (until I move). */
  onFollow?: (person: PresenceUser) => void
}) {
  const { t } = useTranslation()
  const { onFollow } = props
  // Collapsed by default on a narrow screen, where the list would cover the canvas.
  const [open, setOpen] = useState(() => window.innerWidth >= NARROW_SCREEN_PX)
  const groups = groupByAffiliation(props.people, props.affiliations).map((g) => {
    const affiliation = props.affiliations.find((a) => a.id === g.id)
    return affiliation ? { ...g, name: affiliationName(affiliation, t) } : g
  })
  return (
    <aside className="whos-here" data-testid="whos-here" aria-label={t('board.whosHere')}>
      <button type="button" className="whos-here-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('board.whosHere')} <span className="count">{props.people.length}</span>
      </button>
      {open && (
        <div className="whos-here-list">
          {groups.map((group) => (
            <section key={group.id} data-city={group.id}>
              <h4>
                <span className="dot" style={{ background: group.color }} aria-hidden="true" />
                {group.name}
              </h4>
              <ul>
                {group.people.map((person) => (
                  <li key={person.id} data-testid="person" data-person-id={person.id}>
                    {onFollow && person.id !== props.selfId ? (
                      <button
                        type="button"
                        className="person-follow"
                        onClick={() => onFollow(person)}
                        title={t('board.follow', { name: person.name })}
                      >
                        {person.name}
                      </button>
                    ) : (
                      person.name
                    )}
                    {person.id === props.selfId && <span className="muted"> ({t('board.you')})</span>}
                    {person.role !== 'participant' && <span className="role-tag">{t(`roles.${person.role}`)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </aside>
  )
}

interface Group {
  id: string
  name: string
  color: string
  people: PresenceUser[]
}

function groupByAffiliation(people: PresenceUser[], affiliations: Affiliation[]): Group[] {
  const groups = new Map<string, Group>()
  const order = (id: string) => {
    const index = affiliations.findIndex((a) => a.id === id)
    return index === -1 ? affiliations.length : index
  }
  for (const person of people) {
    let group = groups.get(person.city)
    if (!group) {
      const affiliation = affiliations.find((a) => a.id === person.city)
      group = {
        id: person.city,
        name: affiliation?.name ?? person.city,
        color: affiliation?.color ?? person.color,
        people: [],
      }
      groups.set(person.city, group)
    }
    group.people.push(person)
  }
  return [...groups.values()].sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name))
}
