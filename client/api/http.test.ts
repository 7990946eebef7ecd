import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../i18n/locales/index.ts'
import { ApiError, errorMessage } from './http.ts'

beforeAll(async () => {
  await i18next.init({ resources, lng: 'sv', fallbackLng: 'en', interpolation: { escapeValue: false } })
})

describe('errorMessage', () => {
  it('says a known error in the chosen language, never the server’s English', async () => {
    await i18next.changeLanguage('sv')
    const open = new ApiError(409, 'round_open', 'A voting round is already open: close it first')
    expect(errorMessage(open)).toBe('En röstning pågår redan: avsluta den först.')
    expect(errorMessage(new ApiError(502, 'http_error', 'The server answered 502.'))).toBe('Servern svarade 502.')
    await i18next.changeLanguage('is')
    expect(errorMessage(open)).toBe('Kosning er þegar í gangi: ljúktu henni fyrst.')
    expect(errorMessage(new ApiError(404, 'invite_not_found', 'This invite link is not valid'))).toBe(
      'Tengillinn er óþekktur: hann gæti hafa verið endurnýjaður eða afturkallaður.',
    )
    expect(errorMessage(new Error('plain'))).toBe('plain')
  })

  it('keeps the fields of an invalid request and the lines of a CSV, not the English around them', async () => {
    await i18next.changeLanguage('sv')
    const invalid = new ApiError(
      400,
      'invalid_request',
      'name: Too small: expected string to have >=1 characters; targets.0: Invalid input; name: again',
    )
    expect(errorMessage(invalid)).toBe('Något i förfrågan är ogiltigt. Kontrollera: name, targets.0.')
    expect(errorMessage(new ApiError(400, 'invalid_request', 'Invalid input: expected object'))).toBe(
      'Något i förfrågan är ogiltigt.',
    )
    const csv = new ApiError(
      400,
      'invalid_csv',
      'line 3: name: Too small\nline 7: Unknown affiliation "x"; one of a, b',
    )
    expect(errorMessage(csv)).toBe(
      'CSV-filen går inte att använda: kolumnerna ska vara namn, tillhörighet, roll. Rader att kontrollera: 3, 7.',
    )
  })

  it('names an unknown code and its status in the chosen language; only in English the server’s message', async () => {
    const newer = new ApiError(418, 'teapot', 'I am a teapot')
    await i18next.changeLanguage('fi')
    expect(errorMessage(newer)).toBe('Pyyntö epäonnistui (418: teapot).')
    await i18next.changeLanguage('en')
    expect(errorMessage(newer)).toBe('I am a teapot')
  })
})
