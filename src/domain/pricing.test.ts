import { describe, expect, it } from 'vitest'

import type { PricingSettings, Usage } from './pricing'
import { computeQuote, defaultPricingSettings, QuoteError } from './pricing'

const settings: PricingSettings = defaultPricingSettings
const onlineNational12: Usage = { media: 'online', region: 'national', term: '12_months' }

describe('computeQuote', () => {
  it('should charge the base rate plus the usage licence for a short script', () => {
    const quote = computeQuote({
      baseRateCents: 30_000,
      usage: onlineNational12,
      wordCount: 120,
      rush: false,
      settings,
    })
    // online 50% × national 100% × 12 months 100% = 50% of the base rate
    expect(quote.lines.map((l) => [l.kind, l.amountCents])).toEqual([
      ['voice_fee', 30_000],
      ['usage_licence', 15_000],
    ])
    expect(quote.totalCents).toBe(45_000)
  })

  it('should charge each started block of 100 words beyond the included amount', () => {
    const quote = computeQuote({
      baseRateCents: 10_000,
      usage: { ...onlineNational12, media: 'internal' },
      wordCount: 251,
      rush: false,
      settings,
    })
    expect(quote.lines.find((l) => l.kind === 'extra_words')?.amountCents).toBe(2_500)
    expect(quote.totalCents).toBe(12_500)
  })

  it('should add the rush surcharge on the fee and extra words, not on the licence', () => {
    const quote = computeQuote({
      baseRateCents: 20_000,
      usage: onlineNational12,
      wordCount: 450,
      rush: true,
      settings,
    })
    // fee 20000 + 2 blocks × 2500 = 25000; rush 50% = 12500; licence 50% of base = 10000
    expect(quote.lines.find((l) => l.kind === 'rush_surcharge')?.amountCents).toBe(12_500)
    expect(quote.totalCents).toBe(20_000 + 5_000 + 10_000 + 12_500)
  })

  it('should multiply media, region and term for broad usage', () => {
    const quote = computeQuote({
      baseRateCents: 10_000,
      usage: { media: 'tv', region: 'worldwide', term: 'perpetual' },
      wordCount: 0,
      rush: false,
      settings,
    })
    // 150% × 200% × 250% = 750%
    expect(quote.lines.find((l) => l.kind === 'usage_licence')?.amountCents).toBe(75_000)
  })

  it('should use the settings it is given rather than built-in numbers', () => {
    const cheaperRush = { ...settings, rushSurchargePercent: 10 }
    const quote = computeQuote({
      baseRateCents: 10_000,
      usage: { ...onlineNational12, media: 'internal' },
      wordCount: 0,
      rush: true,
      settings: cheaperRush,
    })
    expect(quote.totalCents).toBe(11_000)
  })

  it('should always produce whole cents', () => {
    const quote = computeQuote({
      baseRateCents: 333,
      usage: { media: 'radio', region: 'regional', term: '6_months' },
      wordCount: 999,
      rush: true,
      settings,
    })
    expect(quote.lines.every((l) => Number.isInteger(l.amountCents))).toBe(true)
  })

  it.each([0, null, undefined, 12.5])(
    'should refuse to quote without a usable base rate (%j)',
    (rate) => {
      expect(() =>
        computeQuote({
          baseRateCents: rate,
          usage: onlineNational12,
          wordCount: 10,
          rush: false,
          settings,
        }),
      ).toThrow(QuoteError)
    },
  )
})
