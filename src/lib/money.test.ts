import { describe, expect, it } from 'vitest'

import { formatEuroCents, lowestRateCents } from './money'

// Intl uses a no-break space between the sign and the amount.
const normalize = (s: string) => s.replace(/\s/g, ' ')

describe('formatEuroCents', () => {
  it('should format whole euros without cents, Dutch style', () => {
    expect(normalize(formatEuroCents(125_000))).toBe('€ 1.250')
  })

  it('should keep the cents when there are any', () => {
    expect(normalize(formatEuroCents(12_550))).toBe('€ 125,50')
  })
})

describe('lowestRateCents', () => {
  it('should pick the lowest rate that is set', () => {
    expect(lowestRateCents({ commercial: 30_000, narration: 19_500, ivr: null })).toBe(19_500)
  })

  it('should ignore zero and missing rates', () => {
    expect(lowestRateCents({ commercial: 0, narration: undefined })).toBeNull()
    expect(lowestRateCents(null)).toBeNull()
  })
})
