/** Valid tldraw records for tests, built with tldraw's own record types. */
import { createShapeId, toRichText } from '@tldraw/tlschema'
import { PAGE_ID } from '../../shared/board/schema.ts'

export function noteRecord(id: string, text: string, x = 0, y = 0) {
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
    meta: {},
    props: {
      color: 'yellow',
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 0,
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
