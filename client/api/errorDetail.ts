/**
 * What the server's English message says that its error code does not, as a sentence in the chosen
 * language: the fields of an invalid request (parseInput's `path: problem; …`, and the domain's own
 * `name: …`) and the lines of an unusable CSV (`line 3: …`). Only safe values are carried over: field
 * names are the API's identifiers and line numbers are numbers, never the server's English prose.
 */
import i18next from 'i18next'

export function errorDetail(code: string, message: string): string | null {
  if (code === 'invalid_request') {
    // "Too small: …" (an issue with no path) has a space before its colon: it is not taken for a field.
    const fields = message.split('; ').flatMap((issue) => /^([\w.]+): /.exec(issue)?.[1] ?? [])
    return fields.length ? i18next.t('errorDetail.fields', { fields: [...new Set(fields)].join(', ') }) : null
  }
  if (code === 'invalid_csv') {
    const lines = [...message.matchAll(/^line (\d+):/gm)].map((match) => match[1])
    return lines.length ? i18next.t('errorDetail.lines', { lines: lines.join(', ') }) : null
  }
  return null
}
