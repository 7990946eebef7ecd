/**
 * The Capital Code after distillation: people's changes to a room's entries and next steps, and which
 * next steps each city and each later room sees. Rules of who may change what come from
 * shared/access.ts; refusals are DomainErrors.
 */
import { applyEntryPatch, applyNextStepPatch, mergeEntries } from '../../shared/distill/edits.ts'
import type { CodeEntry, EntryPatch } from '../../shared/schema/codeEntry.ts'
import type { NextStep, NextStepPatch } from '../../shared/schema/nextStep.ts'
import type { StoredRoom } from '../../shared/schema/room.ts'
import { mayChangeNextStep, type Asker } from '../../shared/access.ts'
import { DomainError } from '../domainError.ts'
import type { CodeStore } from '../storage/types.ts'

export interface CapitalCode {
  entries(roomId: string): Promise<CodeEntry[]>
  changeEntry(asker: Editor, entryId: string, patch: EntryPatch): Promise<{ entry: CodeEntry; into?: CodeEntry }>
  changeNextStep(asker: Editor & Asker, stepId: string, patch: NextStepPatch): Promise<NextStep>
  /** The next steps a city owns, from every room, with those rooms. */
  cityNextSteps(
    city: string,
  ): Promise<{ nextSteps: NextStep[]; rooms: Pick<StoredRoom, 'id' | 'title' | 'date' | 'hostCity'>[] }>
  /** The next steps of the rooms held before `roomId`: presented back at the next room. */
  previousNextSteps(roomId: string): Promise<NextStep[]>
}

/** Who makes a change, as edits record it. */
export interface Editor {
  id: string
  name: string
}

/** `entry:<roomId>:<shapeId>` and `step:<roomId>:<shapeId>` name their room. */
export function roomOfCodeId(id: string): string {
  const roomId = id.split(':')[1]
  if (!roomId) throw new DomainError('not_found', `No such record: ${id}`)
  return roomId
}

/** Whether `other` was held before `room`: an earlier date, or the same date and created earlier. */
export function heldBefore(
  other: Pick<StoredRoom, 'date' | 'createdAt'>,
  room: Pick<StoredRoom, 'date' | 'createdAt'>,
): boolean {
  return other.date < room.date || (other.date === room.date && other.createdAt < room.createdAt)
}

export function createCapitalCode(deps: {
  code: CodeStore
  rooms: { list(): Promise<StoredRoom[]>; get(id: string): Promise<StoredRoom> }
  now?: () => string
}): CapitalCode {
  const now = deps.now ?? (() => new Date().toISOString())

  /** The room an id names, when it exists (ids are looked up, never trusted: `step:__proto__:x` is just unknown). */
  async function existingRoomOf(id: string, notFound: 'entry_not_found' | 'next_step_not_found'): Promise<string> {
    const roomId = roomOfCodeId(id)
    const known = (await deps.rooms.list()).some((room) => room.id === roomId)
    if (!known) throw new DomainError(notFound, `No such record: ${id}`)
    return roomId
  }

  return {
    entries: (roomId) => deps.code.entries([roomId]),

    async changeEntry(editor, entryId, patch) {
      const roomId = await existingRoomOf(entryId, 'entry_not_found')
      return deps.code.changeRoom<{ entry: CodeEntry; into?: CodeEntry }>(roomId, (stored) => {
        const index = stored.entries.findIndex((e) => e.id === entryId)
        if (index === -1) throw new DomainError('entry_not_found', `No entry ${entryId}`)
        const entries = [...stored.entries]
        if (patch.action !== 'merge') {
          entries[index] = applyEntryPatch(entries[index], patch, editor, now())
          return { stored: { ...stored, entries }, result: { entry: entries[index] } }
        }
        const target = entries.findIndex((e) => e.id === patch.into)
        if (target === -1) throw new DomainError('entry_not_found', `No entry ${patch.into} in this room`)
        const merged = mergeEntries(entries[index], entries[target], editor, now())
        if (!Array.isArray(merged)) throw new DomainError(merged.error, merged.message)
        ;[entries[index], entries[target]] = merged
        return { stored: { ...stored, entries }, result: { entry: entries[index], into: entries[target] } }
      })
    },

    async changeNextStep(asker, stepId, patch) {
      const roomId = await existingRoomOf(stepId, 'next_step_not_found')
      return deps.code.changeRoom(roomId, (stored) => {
        const index = stored.nextSteps.findIndex((s) => s.id === stepId)
        if (index === -1) throw new DomainError('next_step_not_found', `No next step ${stepId}`)
        const step = stored.nextSteps[index]
        const movesCity = patch.action === 'edit' && patch.city !== undefined && patch.city !== step.city
        const refusal = mayChangeNextStep(asker, step, { movesCity })
        if (refusal) throw new DomainError('forbidden', refusal)
        const nextSteps = [...stored.nextSteps]
        nextSteps[index] = applyNextStepPatch(step, patch, asker, now())
        return { stored: { ...stored, nextSteps }, result: nextSteps[index] }
      })
    },

    async cityNextSteps(city) {
      const nextSteps = await deps.code.nextSteps(city)
      const roomIds = new Set(nextSteps.map((step) => step.roomId))
      const rooms = (await deps.rooms.list())
        .filter((r) => roomIds.has(r.id))
        .map(({ id, title, date, hostCity }) => ({ id, title, date, hostCity }))
      return { nextSteps, rooms }
    },

    async previousNextSteps(roomId) {
      const room = await deps.rooms.get(roomId)
      const earlier = new Set(
        (await deps.rooms.list()).filter((r) => r.id !== roomId && heldBefore(r, room)).map((r) => r.id),
      )
      return (await deps.code.nextSteps()).filter((step) => earlier.has(step.roomId))
    },
  }
}
