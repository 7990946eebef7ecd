/** Every language's texts, as i18next resources (one namespace, `translation`). */
import type { Language } from '../languages.ts'
import { da } from './da.ts'
import { en, type Messages } from './en.ts'
import { fi } from './fi.ts'
import { is } from './is.ts'
import { nb } from './nb.ts'
import { sv } from './sv.ts'

export const messages: Record<Language, Messages> = { en, sv, nb, da, fi, is }

export const resources = Object.fromEntries(
  Object.entries(messages).map(([language, translation]) => [language, { translation }]),
)
