/**
 * Distillation: a snapshot → next steps per city, Capital Code entries and a summary per city.
 * Deterministic and pure: the same snapshot gives the same result, whatever the order of its
 * records, and every id derives from provenance (`entry:<roomId>:<shapeId>`,
 * `step:<roomId>:<shapeId>`), so distilling again finds what it produced before (see merge.ts).
 */
import { readBoard, type BoardIdea } from '../board/clusters.ts'
import type { Affiliation } from '../cities.ts'
import type { DistilledEntry, VoteCount } from '../schema/codeEntry.ts'
import type { DistilledNextStep } from '../schema/nextStep.ts'
import type { Snapshot } from '../schema/snapshot.ts'
import { readCases, type BoardCase } from './caseCards.ts'
import { distillEntries } from './entries.ts'
import { NO_VOTES, latestVotes } from './votes.ts'

/** What one owner (a city, another affiliation that owns next steps, or nobody: `null`) takes home. */
export interface CitySummary {
  city: string | null
  name: string
  /** Its case cards (by the card's city). */
  caseIds: string[]
  nextStepIds: string[]
  /** Entries its people contributed to. */
  entryIds: string[]
}

export interface Distilled {
  snapshot: { id: string; roomId: string; takenAt: string }
  nextSteps: DistilledNextStep[]
  entries: DistilledEntry[]
  cases: BoardCase[]
  /** Every city of the network, then other owners of next steps, then unowned next steps (`city: null`). */
  cities: CitySummary[]
}

/** `step:<roomId>:<shapeId>`. */
export const nextStepId = (roomId: string, shapeId: string) => `step:${roomId}:${shapeId}`

/** Distils `snapshot`; `affiliations` names owners and orders cities (those of kind `city` count as cities). */
export function distill(snapshot: Snapshot, affiliations: readonly Affiliation[]): Distilled {
  const { ideas, clusters } = readBoard(snapshot.records)
  const cases = readCases(snapshot.records)
  const votes = latestVotes(snapshot.results)
  const cityIds = affiliations.filter((a) => a.kind === 'city').map((a) => a.id)
  const ctx = { roomId: snapshot.roomId, snapshotId: snapshot.id, takenAt: snapshot.takenAt, cityIds, votes }
  const entries = distillEntries(ideas, clusters, cases, ctx)
  const nextSteps = distillNextSteps(ideas, ctx, ownerOrder(affiliations))
  return {
    snapshot: { id: snapshot.id, roomId: snapshot.roomId, takenAt: snapshot.takenAt },
    nextSteps,
    entries,
    cases,
    cities: summaries(affiliations, cases, nextSteps, entries),
  }
}

function distillNextSteps(
  ideas: BoardIdea[],
  ctx: { roomId: string; snapshotId: string; takenAt: string; votes: ReadonlyMap<string, VoteCount> },
  order: (city: string | null) => number,
): DistilledNextStep[] {
  return ideas
    .filter((idea) => idea.kind === 'next-step' && idea.text.length > 0)
    .map((idea) => ({
      id: nextStepId(ctx.roomId, idea.id),
      roomId: ctx.roomId,
      city: idea.ownerCity ?? idea.city ?? null,
      text: idea.text,
      // Dots on the note itself only: dots on its cluster endorse the cluster's theme, not each step.
      votes: ctx.votes.get(idea.id) ?? NO_VOTES,
      provenance: { snapshotId: ctx.snapshotId, takenAt: ctx.takenAt, shapeId: idea.id, clusterId: idea.clusterId },
    }))
    .sort(
      (a, b) =>
        order(a.city) - order(b.city) ||
        cmp(a.city ?? '', b.city ?? '') ||
        b.votes.total - a.votes.total ||
        cmp(a.id, b.id),
    )
}

/** Cities in the configured order, then other affiliations, then unknown ids, then nobody. */
function ownerOrder(affiliations: readonly Affiliation[]): (city: string | null) => number {
  const known = [
    ...affiliations.filter((a) => a.kind === 'city'),
    ...affiliations.filter((a) => a.kind !== 'city'),
  ].map((a) => a.id)
  return (city) => (city === null ? known.length + 1 : known.includes(city) ? known.indexOf(city) : known.length)
}

function summaries(
  affiliations: readonly Affiliation[],
  cases: BoardCase[],
  nextSteps: DistilledNextStep[],
  entries: DistilledEntry[],
): CitySummary[] {
  const names = new Map(affiliations.map((a) => [a.id, a.name]))
  const owners: (string | null)[] = affiliations.filter((a) => a.kind === 'city').map((a) => a.id)
  for (const id of [...cases.map((c) => c.city), ...nextSteps.map((s) => s.city)])
    if (!owners.includes(id)) owners.push(id)
  const nullLast: (string | null)[] = [...owners.filter((o) => o !== null), ...(owners.includes(null) ? [null] : [])]
  return nullLast.map((city) => ({
    city,
    name: city === null ? 'No owner' : (names.get(city) ?? city),
    caseIds: cases.filter((c) => c.city === city).map((c) => c.id),
    nextStepIds: nextSteps.filter((s) => s.city === city).map((s) => s.id),
    entryIds: city === null ? [] : entries.filter((e) => e.cities.includes(city)).map((e) => e.id),
  }))
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
