import { describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.ts'

describe('ACCESSIBILITY_CONTACT', () => {
  it('takes an email address or an http(s) URL, and refuses anything else at start', () => {
    expect(readConfig({ ACCESSIBILITY_CONTACT: 'tillganglighet@nordicsafecities.org' }).accessibilityContact).toBe(
      'tillganglighet@nordicsafecities.org',
    )
    expect(readConfig({ ACCESSIBILITY_CONTACT: 'https://nordicsafecities.org/feedback' }).accessibilityContact).toBe(
      'https://nordicsafecities.org/feedback',
    )
    expect(readConfig({}).accessibilityContact).toBeNull()
    expect(() => readConfig({ ACCESSIBILITY_CONTACT: 'javascript:alert(1)' })).toThrow(/ACCESSIBILITY_CONTACT/)
    expect(() => readConfig({ ACCESSIBILITY_CONTACT: 'call us' })).toThrow(/ACCESSIBILITY_CONTACT/)
  })
})
