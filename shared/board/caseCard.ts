/**
 * The case card: one city's case, brought to the room for casework. A custom tldraw shape
 * (type `case-card`); its props are declared here so client and server validate the same way.
 * Migrations, once written, never change.
 */
import { createShapePropsMigrationSequence, type RecordProps, type TLBaseShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { MAX_CASE_FIELD_CHARS, MAX_CASE_TITLE_CHARS } from './limits.ts'

export const CASE_CARD_TYPE = 'case-card'

/** A new card's size on the board. */
export const CASE_CARD_WIDTH = 320
export const CASE_CARD_HEIGHT = 420

export interface CaseCardProps {
  w: number
  h: number
  /** Affiliation id of the city that owns the case. */
  city: string
  title: string
  challenge: string
  context: string
  tried: string
  results: string
  lessons: string
}

export type CaseCardShape = TLBaseShape<typeof CASE_CARD_TYPE, CaseCardProps>

const text = T.string.check((value) => {
  if (value.length > MAX_CASE_FIELD_CHARS) throw new Error(`at most ${MAX_CASE_FIELD_CHARS} characters`)
})

export const caseCardProps: RecordProps<CaseCardShape> = {
  w: T.positiveNumber,
  h: T.positiveNumber,
  city: T.string,
  title: T.string.check((value) => {
    if (value.length > MAX_CASE_TITLE_CHARS) throw new Error(`at most ${MAX_CASE_TITLE_CHARS} characters`)
  }),
  challenge: text,
  context: text,
  tried: text,
  results: text,
  lessons: text,
}

export const caseCardMigrations = createShapePropsMigrationSequence({ sequence: [] })

/** The case fields in reading order, with their labels. */
export const CASE_FIELDS = [
  ['challenge', 'The challenge'],
  ['context', 'Context'],
  ['tried', 'What was tried'],
  ['results', 'Results'],
  ['lessons', 'Lessons learned'],
] as const satisfies readonly (readonly [keyof CaseCardProps, string])[]
