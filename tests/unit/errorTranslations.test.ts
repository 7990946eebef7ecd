/**
 * Every error the API can answer has a text of ours in every language, so nobody reads the server's
 * English `message` (client/api/http.ts errorMessage). The codes come from the one list the server's
 * errors are typed with (shared/apiErrors.ts), plus the client's own codes for a failed request.
 */
import { describe, expect, it } from 'vitest'
import { CLIENT_ERROR_CODES } from '../../client/api/http.ts'
import { LANGUAGES } from '../../client/i18n/languages.ts'
import { messages } from '../../client/i18n/locales/index.ts'
import { API_ERROR_CODES } from '../../shared/apiErrors.ts'

const CODES = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES]

describe('error texts', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every error code of the API has an errors.<code> text`, () => {
      const texts: Record<string, unknown> = messages[language].errors
      const missing = CODES.filter((code) => typeof texts[code] !== 'string' || String(texts[code]).trim() === '')
      expect(missing).toEqual([])
    })
  }
})
