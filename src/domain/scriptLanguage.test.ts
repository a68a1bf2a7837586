import { describe, expect, it } from 'vitest'

import { detectScriptLanguage } from './scriptLanguage'

describe('detectScriptLanguage', () => {
  it('should read an English script as English even when the fallback is Dutch', () => {
    const text =
      'Introducing the new Aurora headphones. For a limited time, only $49.99 at your local store. Dr. Smith recommends them, e.g. for long flights.'
    expect(detectScriptLanguage(text, 'nl')).toBe('en')
  })

  it('should read a Dutch script as Dutch even when the fallback is English', () => {
    const text =
      'Maak kennis met de nieuwe koptelefoon van Aurora. Tijdelijk voor maar € 49,99 bij de winkel bij jou in de buurt, bijvoorbeeld voor lange vluchten.'
    expect(detectScriptLanguage(text, 'en')).toBe('nl')
  })

  it('should keep the fallback when the text is too short to tell', () => {
    expect([detectScriptLanguage('Zomer. Nu.', 'en'), detectScriptLanguage('OK', 'nl')]).toEqual([
      'en',
      'nl',
    ])
  })
})
