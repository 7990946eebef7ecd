/**
 * The facilitation state: the document `<roomId>/control`, one top-level Y.Map named `control`.
 *
 *   phases        string[]                 agenda phases (facilitators write)
 *   phase         number                   index of the current phase (facilitators write)
 *   locked        boolean                  participants read-only while true (facilitators write)
 *   identityMode  'named'|'city'|'anonymous'  identity on ideas created from now on (facilitators write)
 *   followMe      { userId, name, at } | null  "bring everyone here" (facilitators write)
 *   timer         Timer                    written by the server only (REST), in server time
 *   voting        Voting                   written by the server only: the open round, then its results
 *   closed        boolean                  written by the server only when the room closes: every instance
 *                                          that has the room open makes it read-only (the write guard too)
 */
import { z } from 'zod'
import { identityModeSchema } from './board/ideas.ts'
import { resultsSchema, publicRoundSchema } from './schema/voting.ts'

export const CONTROL_KEY = 'control'

export const DEFAULT_PHASES = [
  'Welcome',
  'Results since last room',
  'Casework',
  'Ideas',
  'Clustering',
  'Voting',
  'Next steps',
  'Wrap-up',
]

/** A countdown in server time: running → ends at `endsAt` (epoch ms); paused → `remainingMs` left. */
export const timerSchema = z.strictObject({
  running: z.boolean(),
  endsAt: z.number().nullable(),
  remainingMs: z.number().min(0),
})
export type Timer = z.infer<typeof timerSchema>

export const followMeSchema = z.strictObject({ userId: z.string(), name: z.string(), at: z.number() }).nullable()

export const votingStateSchema = z.strictObject({
  round: publicRoundSchema.nullable(),
  results: resultsSchema.nullable(),
})
export type VotingState = z.infer<typeof votingStateSchema>

/** What facilitators may write, key by key. */
export const facilitatorFields = {
  phases: z.array(z.string().trim().min(1).max(80)).min(1).max(20),
  phase: z.number().int().min(0).max(19),
  locked: z.boolean(),
  identityMode: identityModeSchema,
  followMe: followMeSchema,
} as const

/** What only the server writes. */
export const serverFields = {
  timer: timerSchema,
  voting: votingStateSchema,
  /** Missing in control documents (and snapshots) from before rooms closed this way: open. */
  closed: z.boolean().default(false),
} as const

export type FacilitatorField = keyof typeof facilitatorFields
export type ServerField = keyof typeof serverFields

export interface ControlState {
  phases: string[]
  phase: number
  locked: boolean
  identityMode: z.infer<typeof identityModeSchema>
  followMe: z.infer<typeof followMeSchema>
  timer: Timer
  voting: VotingState
  closed: boolean
}

export const DEFAULT_CONTROL: ControlState = {
  phases: DEFAULT_PHASES,
  phase: 0,
  locked: false,
  identityMode: 'named',
  followMe: null,
  timer: { running: false, endsAt: null, remainingMs: 0 },
  voting: { round: null, results: null },
  closed: false,
}

/** The control state from the map's JSON, each missing or malformed field at its default. */
export function readControl(json: Record<string, unknown>): ControlState {
  const fields = { ...facilitatorFields, ...serverFields } as Record<keyof ControlState, z.ZodType>
  const state = { ...DEFAULT_CONTROL } as Record<keyof ControlState, unknown>
  for (const key of Object.keys(fields) as (keyof ControlState)[]) {
    const parsed = fields[key].safeParse(json[key])
    if (parsed.success && json[key] !== undefined) state[key] = parsed.data
  }
  return state as unknown as ControlState
}

/** Milliseconds left on the timer at server time `now`. */
export function timerRemaining(timer: Timer, now: number): number {
  if (!timer.running || timer.endsAt === null) return timer.remainingMs
  return Math.max(0, timer.endsAt - now)
}
