/** Valid board records for tests, built with tldraw's own record types. */
import { createShapeId, toRichText } from '@tldraw/tlschema'
import type { IdeaMeta } from '../../shared/board/ideas.ts'
import { PAGE_ID } from '../../shared/board/schema.ts'

/** An idea note; without `meta`, an anonymous solution (acceptable from anyone in any identity mode). */
export function noteRecord(id: string, text: string, x = 0, y = 0, meta: Partial<IdeaMeta> = {}) {
  return {
    id: createShapeId(id),
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: 0,
    index: 'a1',
    parentId: PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {
      kind: 'solution',
      authorId: null,
      authorName: null,
      city: null,
      ownerCity: null,
      ...meta,
    } satisfies IdeaMeta,
    props: {
      color: 'yellow',
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      richText: toRichText(text),
      scale: 1,
      textLastEditedBy: null,
    },
  }
}

/** A cluster: a tldraw frame titled `title`. */
export function frameRecord(id: string, title: string, x = 0, y = 0, w = 600, h = 400) {
  return {
    id: createShapeId(id),
    typeName: 'shape',
    type: 'frame',
    x,
    y,
    rotation: 0,
    index: 'a0',
    parentId: PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { w, h, name: title, color: 'black' },
  }
}
