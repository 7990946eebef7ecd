// @vitest-environment happy-dom
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { renderHtmlFromRichTextWithExtensions, tipTapDefaultExtensions, toRichText, type TLRichText } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { NoteParagraphs, plainParagraphs } from './NoteParagraphs.tsx'

/** The DOM a piece of HTML gives, serialized the same way for both sides. */
function dom(html: string) {
  const div = document.createElement('div')
  div.innerHTML = html
  return div.innerHTML
}
const tiptap = (richText: TLRichText) => dom(renderHtmlFromRichTextWithExtensions(richText, tipTapDefaultExtensions))
function ours(richText: TLRichText) {
  const paragraphs = plainParagraphs(richText)
  if (!paragraphs) throw new Error('not plain')
  return dom(renderToStaticMarkup(createElement(NoteParagraphs, { paragraphs })))
}
const doc = (...content: unknown[]) => ({ type: 'doc', content }) as TLRichText

describe('NoteParagraphs', () => {
  it.each([
    'Idea 12: youth workers in the evenings',
    'Markup stays text: <b>x</b> & "quotes" \'and\' a\u00a0non-breaking space',
    'Two lines\nand a blank one\n\nbetween',
    '',
    '  spaces  kept ',
    'שלום עולם — نص عربي',
  ])('draws what TipTap draws for %j', (text) => {
    expect(ours(toRichText(text))).toBe(tiptap(toRichText(text)))
  })

  it('draws what TipTap draws for the other empty forms and empty attributes', () => {
    for (const richText of [
      doc({ type: 'paragraph', content: [] }),
      doc({ type: 'paragraph', attrs: {}, content: [{ type: 'text', text: 'x', marks: [] }] }),
    ])
      expect(ours(richText)).toBe(tiptap(richText))
  })

  it('leaves formatted text, links, breaks, lists, headings and set directions to TipTap', () => {
    for (const richText of [
      doc({ type: 'paragraph', content: [{ type: 'text', text: 'bold', marks: [{ type: 'bold' }] }] }),
      doc({
        type: 'paragraph',
        content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }],
      }),
      doc({ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }] }),
      doc({ type: 'bulletList', content: [] }),
      doc({ type: 'paragraph', attrs: { dir: 'rtl' }, content: [{ type: 'text', text: 'x' }] }),
      doc({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }),
    ])
      expect(plainParagraphs(richText)).toBeNull()
  })
})
