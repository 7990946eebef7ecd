/**
 * Every error the API can answer has a text of ours in every language, so nobody reads the server's
 * English `message` (client/api/http.ts errorMessage). The codes come from the one list the server's
 * errors are typed with (shared/apiErrors.ts), plus the client's own codes for a failed request.
 */
import { ConnectionTimeout, Forbidden, MessageTooBig, ResetConnection, Unauthorized } from '@hocuspocus/common'
import { describe, expect, it } from 'vitest'
import { CLIENT_ERROR_CODES } from '../../client/api/http.ts'
import { closeReasonKey } from '../../client/i18n/closeReason.ts'
import { LANGUAGES } from '../../client/i18n/languages.ts'
import { messages } from '../../client/i18n/locales/index.ts'
import { API_ERROR_CODES } from '../../shared/apiErrors.ts'
import { AuthFailures, CloseEvents } from '../../shared/protocol.ts'

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

/**
 * Every reason the server can close the room's socket with or refuse its token for: ours
 * (shared/protocol.ts) and Hocuspocus's own, which it sends on the same sockets. The client shows
 * them in "The server closed the connection (…)" and "Your session is no longer valid (…)".
 */
const REASONS = new Set([
  ...Object.values(CloseEvents).map((event) => event.reason),
  ...Object.values(AuthFailures),
  ...[Forbidden, Unauthorized, ConnectionTimeout, ResetConnection, MessageTooBig].map((event) => event.reason),
  'permission-denied', // Hocuspocus's permission-denied reason when an onAuthenticate error names none
])

describe('socket close texts', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every close and authentication-failure reason has a socketClose.reasons text`, () => {
      const texts: Record<string, unknown> = messages[language].socketClose.reasons
      const missing = [...REASONS].filter((reason) => typeof texts[closeReasonKey(reason)] !== 'string')
      expect(missing).toEqual([])
    })
  }
})
