/** Checkboxes: which rooms the publication is made from. */
import type { Room } from '../api/types.ts'
import { formatDate } from '../cities/format.ts'

export function RoomChooser(props: { rooms: Room[]; chosen: Set<string>; onChange: (chosen: Set<string>) => void }) {
  const { chosen, onChange } = props
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    onChange(next)
  }
  return (
    <fieldset className="room-chooser card">
      <legend>Rooms</legend>
      {props.rooms.length === 0 && <p className="muted small">No rooms yet.</p>}
      {props.rooms.map((room) => (
        <label key={room.id}>
          <input
            type="checkbox"
            checked={chosen.has(room.id)}
            onChange={(e) => toggle(room.id, e.target.checked)}
            data-testid="publication-room"
            data-room-id={room.id}
          />
          <span>
            <strong>{room.title}</strong>
            <span className="muted small">
              {' '}
              {formatDate(room.date)} · {room.hostCity}
            </span>
          </span>
        </label>
      ))}
      {props.rooms.length > 1 && (
        <div className="row small">
          <button type="button" onClick={() => onChange(new Set(props.rooms.map((r) => r.id)))}>
            All
          </button>
          <button type="button" onClick={() => onChange(new Set())}>
            None
          </button>
        </div>
      )}
    </fieldset>
  )
}
