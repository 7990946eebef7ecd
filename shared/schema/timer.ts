import { z } from 'zod'

const minutes = z.number().positive().max(600)

/** Body of POST /api/rooms/:roomId/timer. */
export const timerActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start'), minutes: minutes.optional() }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('add'), minutes }),
  z.strictObject({ action: z.literal('reset') }),
])
export type TimerAction = z.infer<typeof timerActionSchema>
