/** "Who's here": connected people grouped by city, in the configured city order. */
import { useState } from 'react'
import type { PresenceUser } from '../../shared/protocol.ts'
import type { Affiliation } from '../api/types.ts'

export function WhosHere(props: {
  people: PresenceUser[]
  affiliations: Affiliation[]
  selfId: string
  /** Clicking someone else follows their viewport (until I move). */
  onFollow?: (person: PresenceUser) => void
}) {
  const { onFollow } = props
  const [open, setOpen] = useState(true)
  const groups = groupByAffiliation(props.people, props.affiliations)
  return (
    <aside className="whos-here" data-testid="whos-here" aria-label="Who's here">
      <button type="button" className="whos-here-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Who's here <span className="count">{props.people.length}</span>
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
                      <button type="button" className="person-follow" onClick={() => onFollow(person)} title={`Follow ${person.name}'s view`}>
                        {person.name}
                      </button>
                    ) : (
                      person.name
                    )}
                    {person.id === props.selfId && <span className="muted"> (you)</span>}
                    {person.role !== 'participant' && <span className="role-tag">{person.role}</span>}
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
      group = { id: person.city, name: affiliation?.name ?? person.city, color: affiliation?.color ?? person.color, people: [] }
      groups.set(person.city, group)
    }
    group.people.push(person)
  }
  return [...groups.values()].sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name))
}
