import { TLDOCUMENT_ID } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_ID } from '../../shared/board/ids.ts'

describe('board ids', () => {
  it("the document record's id is tldraw's", () => {
    expect(DOCUMENT_ID).toBe(TLDOCUMENT_ID)
  })
})
