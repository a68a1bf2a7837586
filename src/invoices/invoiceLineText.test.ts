import { describe, expect, it } from 'vitest'

import { computeQuote, defaultPricingSettings } from '@/domain/pricing'

import { quoteLineDescription } from './invoiceLineText'

const usage = { media: 'radio', region: 'national', term: '12_months' } as const

describe('quoteLineDescription', () => {
  const quote = computeQuote({
    baseRateCents: 30_000,
    usage,
    wordCount: 450,
    rush: true,
    settings: defaultPricingSettings,
  })

  it('should word every line of a quote in Dutch, keeping its details', () => {
    expect(quote.lines.map((line) => quoteLineDescription({ line, usage, locale: 'nl' }))).toEqual([
      'Stemtarief',
      `Extra woorden (${450 - defaultPricingSettings.includedWords} boven ${defaultPricingSettings.includedWords})`,
      'Gebruikslicentie (radio, landelijk, 12 maanden)',
      `Spoedtoeslag (${defaultPricingSettings.rushSurchargePercent}%)`,
    ])
  })

  it('should say on the usage line of a renewal that it renews the licence', () => {
    const line = quote.lines.find((l) => l.kind === 'usage_licence')!
    expect([
      quoteLineDescription({ line, usage, locale: 'nl', renewal: true }),
      quoteLineDescription({ line, usage, locale: 'en', renewal: true }),
    ]).toEqual([
      'Verlenging gebruikslicentie (radio, landelijk, 12 maanden)',
      'Usage licence renewal (radio, national, 12 months)',
    ])
  })

  it('should word every line of a quote in English', () => {
    expect(quote.lines.map((line) => quoteLineDescription({ line, usage, locale: 'en' }))).toEqual([
      'Voice-over fee',
      `Extra words (${450 - defaultPricingSettings.includedWords} beyond ${defaultPricingSettings.includedWords})`,
      'Usage licence (radio, national, 12 months)',
      `Rush surcharge (${defaultPricingSettings.rushSurchargePercent}%)`,
    ])
  })

  it('should keep the label of a line it cannot read', () => {
    expect(
      quoteLineDescription({ line: { label: 'Studio hire' }, usage: null, locale: 'nl' }),
    ).toBe('Studio hire')
  })
})
