import { describe, expect, it } from 'vitest'

import { bookingEtag, ifMatchSatisfied } from './bookingEtag'

const booking = {
  id: 7,
  status: 'review',
  updatedAt: '2026-11-30T10:00:00.000Z',
  deliveryCount: 2,
  revisionRounds: 1,
}

describe('bookingEtag', () => {
  it('should be a quoted strong tag', () => {
    expect(bookingEtag(booking)).toMatch(/^"[^"]+"$/)
  })

  it('should stay the same for the same state', () => {
    expect(bookingEtag({ ...booking })).toBe(bookingEtag(booking))
  })

  it.each([
    ['status', { status: 'completed' }],
    ['updatedAt', { updatedAt: '2026-11-30T10:00:00.001Z' }],
    ['deliveryCount', { deliveryCount: 3 }],
    ['revisionRounds', { revisionRounds: 2 }],
  ])('should change when %s changes', (_field, change) => {
    expect(bookingEtag({ ...booking, ...change })).not.toBe(bookingEtag(booking))
  })

  it('should differ between two bookings in the same state', () => {
    expect(bookingEtag({ ...booking, id: 8 })).not.toBe(bookingEtag(booking))
  })
})

describe('ifMatchSatisfied', () => {
  const etag = bookingEtag(booking)

  it('should let a change through when there is no precondition', () => {
    expect([ifMatchSatisfied(null, etag), ifMatchSatisfied(undefined, etag)]).toEqual([true, true])
  })

  it('should match the current tag', () => {
    expect(ifMatchSatisfied(etag, etag)).toBe(true)
  })

  it('should match the current tag within a list', () => {
    expect(ifMatchSatisfied(`"other", ${etag}`, etag)).toBe(true)
  })

  it('should match any representation for a star', () => {
    expect(ifMatchSatisfied('*', etag)).toBe(true)
  })

  it('should refuse a stale tag', () => {
    expect(ifMatchSatisfied(bookingEtag({ ...booking, status: 'in_production' }), etag)).toBe(false)
  })

  it('should never match a weak tag (strong comparison, RFC 9110 §13.1.1)', () => {
    expect(ifMatchSatisfied(`W/${etag}`, etag)).toBe(false)
  })

  it('should refuse a value that holds no entity tag', () => {
    expect(ifMatchSatisfied('review', etag)).toBe(false)
  })
})
