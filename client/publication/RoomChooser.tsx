/** Checkboxes: which rooms the publication is made from. */
import { useTranslation } from 'react-i18next'
import type { Room } from '../api/types.ts'
import { formatDate } from '../i18n/format.ts'

export function RoomChooser(props: { rooms: Room[]; chosen: Set<string>; onChange: (chosen: Set<string>) => void }) {
  const { t } = useTranslation()
  const { chosen, onChange } = props
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    onChange(next)
  }
  return (
    <fieldset className="room-chooser card">
      <legend>{t('publication.rooms')}</legend>
      {props.rooms.length === 0 && <p className="muted small">{t('publication.noRooms')}</p>}
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
            {t('publication.all')}
          </button>
          <button type="button" onClick={() => onChange(new Set())}>
            {t('publication.none')}
          </button>
        </div>
      )}
    </fieldset>
  )
}
