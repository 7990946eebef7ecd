/**
 * The list view's writes: each is one Yjs transaction on the board's records map, with the records
 * built by listRecords.ts and placed by placement.ts. Nothing here decides who may write: the UI
 * hides what the policy refuses, and the server refuses it anyway.
 */
import type { TLRecord } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import type { Author, IdentityMode } from '../../shared/board/ideas.ts'
import { belowContent, caseCardColumnPlace } from '../board/shapes/caseworkPlace.ts'
import {
  caseCardRecord,
  editedCaseCard,
  editedIdea,
  ideaRecord,
  indexAbove,
  type CaseFields,
  type NewIdea,
} from './listRecords.ts'
import { LIST_ORIGIN } from './useListBoard.ts'
import { placeIdea } from './placement.ts'

type Shape = Extract<TLRecord, { typeName: 'shape' }>

/** Adds the idea (in `clusterId`'s frame when given) and returns its id. */
export function addIdea(
  map: Y.Map<TLRecord>,
  idea: NewIdea & { clusterId: string | null },
  author: Author,
  mode: IdentityMode,
): string {
  const records = [...map.values()]
  const place = placeIdea(records, idea.clusterId)
  const record = ideaRecord(idea, author, mode, place, indexAbove(records, place.parentId))
  map.doc!.transact(() => {
    const frame = map.get(place.parentId) as Shape | undefined
    if (place.frameHeight && frame?.type === 'frame')
      map.set(frame.id, { ...frame, props: { ...frame.props, h: place.frameHeight } } as Shape)
    map.set(record.id, record)
  }, LIST_ORIGIN)
  return record.id
}

export function editIdea(
  map: Y.Map<TLRecord>,
  id: string,
  change: Parameters<typeof editedIdea>[1],
  fallbackCity: string,
) {
  const record = map.get(id) as Shape | undefined
  if (record?.type !== 'note') return
  map.doc!.transact(() => map.set(id, editedIdea(record, change, fallbackCity)), LIST_ORIGIN)
}

/** Deletes the idea and the arrows' bindings to it, as tldraw does when a shape is deleted. */
export function deleteIdea(map: Y.Map<TLRecord>, id: string) {
  map.doc!.transact(() => {
    for (const [key, r] of map) {
      if (r.typeName === 'binding' && (r.fromId === id || r.toId === id)) map.delete(key)
    }
    map.delete(id)
  }, LIST_ORIGIN)
}

/** Saves `city`'s case card: edits `id`, or adds a card in the city's column of the casework template. */
export function saveCaseCard(
  map: Y.Map<TLRecord>,
  city: string,
  cityName: string,
  fields: CaseFields,
  id: string | null,
) {
  const existing = id ? (map.get(id) as Shape | undefined) : undefined
  const records = [...map.values()]
  const record = existing
    ? editedCaseCard(existing, fields)
    : caseCardRecord(
        city,
        fields,
        caseCardColumnPlace(records, cityName) ?? belowContent(records),
        indexAbove(records, 'page:page'),
      )
  map.doc!.transact(() => map.set(record.id, record), LIST_ORIGIN)
}
