import { describe, expect, it } from 'vitest'

import {
  bookingReferenceCounterKey,
  bookingReferenceYear,
  formatBookingReference,
  parseBookingReference,
} from './bookingReference'

describe('booking references', () => {
  it('should pad the sequence to five digits', () => {
    expect(formatBookingReference({ year: 2026, sequence: 42 })).toBe('BK-2026-00042')
  })

  it('should grow past five digits rather than wrap', () => {
    expect(formatBookingReference({ year: 2026, sequence: 123456 })).toBe('BK-2026-123456')
  })

  it('should refuse a sequence below one', () => {
    expect(() => formatBookingReference({ year: 2026, sequence: 0 })).toThrow(RangeError)
  })

  it('should refuse a fractional sequence', () => {
    expect(() => formatBookingReference({ year: 2026, sequence: 1.5 })).toThrow(RangeError)
  })

  it('should count a booking made just after midnight on New Year in Amsterdam in the new year', () => {
    expect(bookingReferenceYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027)
  })

  it('should count a booking made on New Year’s Eve in Amsterdam in the old year', () => {
    expect(bookingReferenceYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026)
  })

  it('should key one counter per year', () => {
    expect(bookingReferenceCounterKey(2026)).toBe('booking:2026')
  })

  it('should read back what it formats', () => {
    expect(parseBookingReference('bk-2026-00042 ')).toEqual({ year: 2026, sequence: 42 })
  })

  it('should not read an invoice number as a booking reference', () => {
    expect(parseBookingReference('14V-2026-0042')).toBeNull()
  })
})
