import { describe, expect, it } from 'vitest'

import { localeFromAcceptLanguage, requestLocale } from './requestLocale'

const headers = (acceptLanguage?: string) =>
  new Headers(acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage })

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['en', 'en'],
    ['nl', 'nl'],
    ['en-US', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['nl-BE', 'nl'],
    ['EN-gb', 'en'],
  ])('should match %j to %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale)
  })

  it('should follow the q-values, not the order', () => {
    expect(localeFromAcceptLanguage('nl;q=0.4, en;q=0.8')).toBe('en')
  })

  it('should skip languages we do not speak for the first one we do', () => {
    expect(localeFromAcceptLanguage('fr-FR, de;q=0.9, en;q=0.5')).toBe('en')
  })

  it('should not take a language its client refuses with q=0', () => {
    expect(localeFromAcceptLanguage('en;q=0, fr')).toBe('nl')
  })

  it.each([['*'], [''], ['fr, de'], [';;;,,q=x'], ['x-garbage!, 12345'], ['\u00e9\u00e9']])(
    'should answer Dutch for %j',
    (header) => {
      expect(localeFromAcceptLanguage(header)).toBe('nl')
    },
  )

  it('should answer Dutch without a header', () => {
    expect(localeFromAcceptLanguage(null)).toBe('nl')
  })
})

describe('requestLocale', () => {
  it('should prefer the user’s own language to the header', () => {
    expect(requestLocale({ headers: headers('nl'), user: { locale: 'en' } })).toBe('en')
  })

  it('should use the header when the user has no language of ours', () => {
    expect(requestLocale({ headers: headers('en-GB'), user: { locale: 'fr' } })).toBe('en')
  })

  it('should use the header for a request without a user', () => {
    expect(requestLocale({ headers: headers('en'), user: null })).toBe('en')
  })

  it('should answer Dutch with neither', () => {
    expect(requestLocale({ headers: headers() })).toBe('nl')
  })
})
