/**
 * A translated sentence with an element (a link, a `<code>` name) where its `{{placeholder}}` is, so
 * that each language puts the element where its word order wants it.
 */
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'

const MARK = '\u0000'

export function placeElement(
  t: TFunction,
  key: string,
  placeholder: string,
  element: ReactNode,
  values: Record<string, unknown> = {},
): ReactNode {
  const [before, after = ''] = t(key, { ...values, [placeholder]: MARK }).split(MARK)
  return (
    <>
      {before}
      {element}
      {after}
    </>
  )
}
