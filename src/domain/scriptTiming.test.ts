import { describe, expect, it } from 'vitest'

import {
  defaultSpeakingRates,
  estimateSeconds,
  fitsTarget,
  needsWordCountConfirmation,
} from './scriptTiming'

describe('estimateSeconds', () => {
  it('should give the duration at the speaking rate, rounded up to the second', () => {
    // 80 words at 160 wpm = 30 s exactly; 81 words = 30.375 s → 31 s.
    expect(estimateSeconds(80, 160)).toBe(30)
    expect(estimateSeconds(81, 160)).toBe(31)
    expect(estimateSeconds(0, 140)).toBe(0)
  })

  it('should read an e-learning script slower than a commercial', () => {
    // 140 words: 60 s at e-learning's 140 wpm, 52.5 → 53 s at a commercial's 160 wpm.
    expect(estimateSeconds(140, defaultSpeakingRates.e_learning)).toBe(60)
    expect(estimateSeconds(140, defaultSpeakingRates.commercial)).toBe(53)
  })

  it('should refuse a speaking rate of zero', () => {
    expect(() => estimateSeconds(10, 0)).toThrow(RangeError)
  })
})

describe('fitsTarget', () => {
  it('should say a script fits when its estimate is at most the target length', () => {
    expect(fitsTarget(30, 30)).toBe(true)
    expect(fitsTarget(31, 30)).toBe(false)
  })

  it('should say a script fits when there is no target or no estimate', () => {
    expect(fitsTarget(90, null)).toBe(true)
    expect(fitsTarget(null, 30)).toBe(true)
  })
})

describe('needsWordCountConfirmation', () => {
  const quoted = { quotedCents: 45_000 }

  it('should ask when the spoken count exceeds the booked count and costs more', () => {
    expect(
      needsWordCountConfirmation({
        spokenWords: 301,
        bookedWords: 300,
        requotedCents: 47_500,
        ...quoted,
      }),
    ).toBe(true)
  })

  it('should not ask when the longer script costs the same', () => {
    expect(
      needsWordCountConfirmation({
        spokenWords: 120,
        bookedWords: 0,
        requotedCents: 45_000,
        ...quoted,
      }),
    ).toBe(false)
  })

  it('should not ask when the script is as long or shorter, or its count is unknown', () => {
    const requotedCents = 50_000
    expect(
      needsWordCountConfirmation({ spokenWords: 300, bookedWords: 300, requotedCents, ...quoted }),
    ).toBe(false)
    expect(
      needsWordCountConfirmation({ spokenWords: 120, bookedWords: 300, requotedCents, ...quoted }),
    ).toBe(false)
    expect(
      needsWordCountConfirmation({ spokenWords: null, bookedWords: 300, requotedCents, ...quoted }),
    ).toBe(false)
  })
})
