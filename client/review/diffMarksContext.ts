/** The diff marks the review canvas draws, handed from the page to tldraw's overlay slot. */
import { createContext, useContext } from 'react'
import type { DiffMark } from './diffMarks.ts'

export const DiffMarksContext = createContext<DiffMark[]>([])

export const useDiffMarks = () => useContext(DiffMarksContext)
