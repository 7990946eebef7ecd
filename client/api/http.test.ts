import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../i18n/locales/index.ts'
import { ApiError, errorMessage } from './http.ts'

beforeAll(async () => {
  await i18next.init({ resources, lng: 'sv', fallbackLng: 'en', interpolation: { escapeValue: false } })
})

describe('errorMessage', () => {
  it('says a known error in the chosen language, and an unknown one as the server put it', async () => {
    const open = new ApiError(409, 'round_open', 'A voting round is already open: close it first')
    expect(errorMessage(open)).toBe('En röstning pågår redan: avsluta den först.')
    expect(errorMessage(new ApiError(502, 'http_error', 'The server answered 502.'))).toBe('Servern svarade 502.')
    await i18next.changeLanguage('is')
    expect(errorMessage(open)).toBe('Kosning er þegar í gangi: ljúktu henni fyrst.')
    expect(errorMessage(new ApiError(400, 'invalid_csv', 'Line 3: no name'))).toBe('Line 3: no name')
    expect(errorMessage(new Error('plain'))).toBe('plain')
  })
})
