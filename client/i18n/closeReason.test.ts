import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { CloseEvents } from '../../shared/protocol.ts'
import { closeReasonText } from './closeReason.ts'
import { resources } from './locales/index.ts'

beforeAll(async () => {
  await i18next.init({ resources, lng: 'sv', fallbackLng: 'en', interpolation: { escapeValue: false } })
})

describe('closeReasonText', () => {
  it("says our reasons and Hocuspocus's in the chosen language", async () => {
    await i18next.changeLanguage('sv')
    expect(closeReasonText(CloseEvents.TooManySockets.reason, 4409)).toBe('för många öppna flikar eller fönster')
    expect(closeReasonText('invalid-token', null)).toBe('okänd eller utgången inloggning')
    expect(closeReasonText('Connection Timeout', 4408)).toBe('anslutningen tog för lång tid')
  })

  it('names an unknown reason by its close code, and shows it as it is only in English', async () => {
    await i18next.changeLanguage('is')
    expect(closeReasonText('brand-new-reason', 4400)).toBe('kóði 4400')
    expect(closeReasonText('', null)).toBe('engin ástæða gefin')
    await i18next.changeLanguage('en')
    expect(closeReasonText('brand-new-reason', 4400)).toBe('brand-new-reason')
    expect(closeReasonText('', 4400)).toBe('close code 4400')
  })
})
