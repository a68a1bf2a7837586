import { describe, expect, it } from 'vitest'

import { artistFeeCents, feeBasisCents, isArtistSharePercent } from './artistFee'

describe('artistFeeCents', () => {
  it('should take the share of the price excl. VAT in whole cents', () => {
    expect(artistFeeCents({ priceExclVatCents: 45_000, sharePercent: 60 })).toBe(27_000)
  })

  it('should round a fraction of a cent down', () => {
    // 45 001 × 0.6 = 27 000.6 → 27 000; 999 × 0.33 = 329.67 → 329
    expect(artistFeeCents({ priceExclVatCents: 45_001, sharePercent: 60 })).toBe(27_000)
    expect(artistFeeCents({ priceExclVatCents: 999, sharePercent: 33 })).toBe(329)
  })

  it('should give 0 and the whole price at the ends of the range', () => {
    expect(artistFeeCents({ priceExclVatCents: 12_345, sharePercent: 0 })).toBe(0)
    expect(artistFeeCents({ priceExclVatCents: 12_345, sharePercent: 100 })).toBe(12_345)
  })

  it('should refuse a fractional or negative price', () => {
    expect(() => artistFeeCents({ priceExclVatCents: 10.5, sharePercent: 60 })).toThrow(RangeError)
    expect(() => artistFeeCents({ priceExclVatCents: -1, sharePercent: 60 })).toThrow(RangeError)
  })

  it('should refuse a share outside 0–100 or not whole', () => {
    expect(() => artistFeeCents({ priceExclVatCents: 100, sharePercent: 101 })).toThrow(RangeError)
    expect(() => artistFeeCents({ priceExclVatCents: 100, sharePercent: 60.5 })).toThrow(RangeError)
  })
})

describe('isArtistSharePercent', () => {
  it('should accept whole percentages 0–100 only', () => {
    expect([0, 60, 100].map(isArtistSharePercent)).toEqual([true, true, true])
    expect([-1, 100.5, 101, Number.NaN, '60'].map(isArtistSharePercent)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('feeBasisCents', () => {
  it('should prefer the final price over the quoted price', () => {
    expect(feeBasisCents({ finalPrice: 50_000, quotedPrice: 45_000 })).toBe(50_000)
  })

  it('should fall back to the quoted price, then to null', () => {
    expect(feeBasisCents({ finalPrice: null, quotedPrice: 45_000 })).toBe(45_000)
    expect(feeBasisCents({})).toBeNull()
  })
})
