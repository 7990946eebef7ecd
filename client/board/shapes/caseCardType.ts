/**
 * Registers the case card with tldraw's types: a shape type is known to `TLShape` (and so to
 * `editor.createShape`, `BaseBoxShapeUtil`…) once it is in TLGlobalShapePropsMap. The props and
 * their validators are shared/board/caseCard.ts's, the same the server checks.
 */
import type { CaseCardProps } from '../../../shared/board/caseCard.ts'

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    'case-card': CaseCardProps
  }
}

export type { CaseCardProps, CaseCardShape } from '../../../shared/board/caseCard.ts'
