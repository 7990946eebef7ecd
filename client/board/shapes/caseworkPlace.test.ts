import { toRichText, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { caseCardRecord, indexAbove } from '../../list/listRecords.ts'
import { belowContent, caseCardColumnPlace } from './caseworkPlace.ts'

const heading = (id: string, name: string, x: number) =>
  ({
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'text',
    x,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { richText: toRichText(name), w: 320 },
  }) as unknown as TLRecord
const empty = { title: '', challenge: '', context: '', tried: '', results: '', lessons: '' }

describe('where a new case card goes', () => {
  const template = [
    heading('h-sto', 'Stockholm', 0),
    heading('h-osl', 'Oslo', 400),
    caseCardRecord('stockholm', empty, { x: 0, y: 90 }, indexAbove([], 'page:page')),
    caseCardRecord('oslo', empty, { x: 400, y: 90 }, indexAbove([], 'page:page')),
  ]

  it("goes below its city's column of the casework template, not onto another city's", () => {
    expect(caseCardColumnPlace(template, 'Oslo')).toEqual({ x: 400, y: 90 + 420 + 40 })
    expect(caseCardColumnPlace(template, 'stockholm')).toEqual({ x: 0, y: 90 + 420 + 40 })
  })

  it('without a template: null (the caller picks), or below the content', () => {
    expect(caseCardColumnPlace(template, 'Helsinki')).toBeNull()
    expect(belowContent(template)).toEqual({ x: 0, y: 90 + 420 + 120 })
    expect(belowContent([])).toEqual({ x: 0, y: 0 })
  })
})
