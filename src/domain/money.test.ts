import { describe, expect, it } from 'vitest'

import { formatEuro, formatEuroInput, moneyLocaleOf, parseEuroInput } from './money'

// Intl puts a no-break space between "€" and the amount in Dutch.
const NBSP = '\u00a0'

describe('formatEuro', () => {
  it('should write Dutch amounts with a space after the euro sign and a decimal comma', () => {
    expect(formatEuro(43_750, 'nl')).toBe(`€${NBSP}437,50`)
  })

  it('should write English amounts with the euro sign against a decimal point', () => {
    expect(formatEuro(43_750, 'en')).toBe('€437.50')
  })

  it('should group thousands with dots in Dutch', () => {
    expect(formatEuro(123_456_789, 'nl')).toBe(`€${NBSP}1.234.567,89`)
  })

  it('should group thousands with commas in English', () => {
    expect(formatEuro(123_456_789, 'en')).toBe('€1,234,567.89')
  })

  it('should default to Dutch', () => {
    expect(formatEuro(500)).toBe(`€${NBSP}5,00`)
  })
})

describe('formatEuroInput', () => {
  it('should show cents with a decimal comma in Dutch', () => {
    expect(formatEuroInput(43_750, 'nl')).toBe('437,50')
  })

  it('should show cents with a decimal point in English', () => {
    expect(formatEuroInput(43_750, 'en')).toBe('437.50')
  })

  it('should pad single-digit cents', () => {
    expect(formatEuroInput(1_205, 'en')).toBe('12.05')
  })

  it('should keep the sign of a credit', () => {
    expect(formatEuroInput(-43_750, 'nl')).toBe('-437,50')
  })
})

describe('moneyLocaleOf', () => {
  it('should read a regional English code as English', () => {
    expect(moneyLocaleOf('en-GB')).toBe('en')
  })

  it('should fall back to Dutch for other languages', () => {
    expect(moneyLocaleOf('de')).toBe('nl')
  })
})

describe('parseEuroInput', () => {
  it.each([
    ['437,50', 43_750],
    ['437.50', 43_750],
    ['437', 43_700],
    ['437,5', 43_750],
    ['€ 437,50', 43_750],
    ['€437.50', 43_750],
    ['1.234,56', 123_456],
    ['1,234.56', 123_456],
    ['1 234,56', 123_456],
    ['1.234.567', 123_456_700],
    [',50', 50],
  ])('should read "%s" as %i cents', (text, cents) => {
    expect(parseEuroInput(text)).toEqual({ ok: true, cents })
  })

  it('should read empty input as no amount', () => {
    expect(parseEuroInput('  ')).toEqual({ ok: true, cents: null })
  })

  it.each(['437,505', '437.505', '1.234'])(
    'should refuse "%s" as more than two decimals',
    (text) => {
      expect(parseEuroInput(text)).toEqual({ ok: false, problem: 'too_many_decimals' })
    },
  )

  it.each(['abc', '12a', '1,2,3', '1.23,4.5', '.', '12,34.56,78'])(
    'should refuse "%s" as not a number',
    (text) => {
      expect(parseEuroInput(text)).toEqual({ ok: false, problem: 'not_a_number' })
    },
  )

  it('should refuse a negative amount by default', () => {
    expect(parseEuroInput('-5,00')).toEqual({ ok: false, problem: 'negative' })
  })

  it('should read a negative amount where credits are allowed', () => {
    expect(parseEuroInput('-5,00', { allowNegative: true })).toEqual({ ok: true, cents: -500 })
  })

  it('should round-trip what formatEuroInput shows', () => {
    expect(parseEuroInput(formatEuroInput(98_765, 'nl'))).toEqual({ ok: true, cents: 98_765 })
  })
})
