import { describe, expect, it } from 'vitest'

import { renderSentence } from '@/errors/sentence'

import type { QuotaVerdict } from './quotas'
import {
  checkBookingQuota,
  checkDeliveryQuota,
  defaultQuotaSettings,
  formatBytes,
  GB,
  MB,
  retryTimeLabel,
} from './quotas'

const MINUTE = 60_000
// 30 November 2026 is winter time: Amsterdam is UTC+1 (CET), so 13:30Z reads 14:30.
const now = new Date('2026-11-30T13:30:00Z')
const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE)
/** The verdict with its sentence written out in English (or `locale`), as the API answers it. */
const written = (verdict: QuotaVerdict, locale: 'en' | 'nl' = 'en') => {
  if (verdict.allowed) return verdict
  const { sentence, ...rest } = verdict
  return { ...rest, message: renderSentence(sentence, locale) }
}
const defaults = {
  bookingsPerHour: defaultQuotaSettings.bookingsPerHour,
  bookingsPerDay: defaultQuotaSettings.bookingsPerDay,
}

describe('checkBookingQuota', () => {
  it('should allow a booking while both windows hold fewer than their limits', () => {
    const recent = [45, 40, 35, 30, 25, 20, 15, 10, 5].map(ago)
    expect(checkBookingQuota({ now, recentCreatedAt: recent, limits: defaults })).toEqual({
      allowed: true,
    })
  })

  it('should refuse the 11th booking in an hour until the oldest is an hour old', () => {
    // Oldest at 13:20Z (14:20 Amsterdam): a slot frees at 15:20 Amsterdam, 50 minutes from now.
    const recent = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map(ago)
    expect(written(checkBookingQuota({ now, recentCreatedAt: recent, limits: defaults }))).toEqual({
      allowed: false,
      quota: 'bookingsPerHour',
      limit: 10,
      message:
        'You have created 10 bookings in the last hour, the most we accept; try again after 15:20 (Amsterdam time) or contact us.',
      retryAt: new Date('2026-11-30T14:20:00Z'),
      retryAfterSeconds: 50 * 60,
    })
  })

  it('should not count bookings older than the window', () => {
    const recent = [61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 5].map(ago)
    expect(checkBookingQuota({ now, recentCreatedAt: recent, limits: defaults }).allowed).toBe(true)
  })

  it('should count a booking stamped a moment after now by another server', () => {
    const recent = [...[9, 8, 7, 6, 5, 4, 3, 2, 1].map(ago), new Date(now.getTime() + 2_000)]
    expect(checkBookingQuota({ now, recentCreatedAt: recent, limits: defaults }).allowed).toBe(
      false,
    )
  })

  it('should wait for enough bookings to age out when the window holds more than the limit', () => {
    // Three inside a window of two (say an admin booked one on the customer's behalf): the second
    // oldest (40 minutes ago) must leave the window, 20 minutes from now.
    const verdict = checkBookingQuota({
      now,
      recentCreatedAt: [ago(10), ago(50), ago(40)],
      limits: { bookingsPerHour: 2, bookingsPerDay: 30 },
    })
    expect(verdict).toMatchObject({ quota: 'bookingsPerHour', retryAfterSeconds: 20 * 60 })
  })

  it('should name the date when a slot frees up on another Amsterdam day', () => {
    const lateEvening = new Date('2026-11-30T22:00:00Z')
    const verdict = checkBookingQuota({
      now: lateEvening,
      recentCreatedAt: ['2026-11-30T00:00:00Z', '2026-11-30T06:00:00Z', '2026-11-30T12:00:00Z'].map(
        (s) => new Date(s),
      ),
      limits: { bookingsPerHour: 10, bookingsPerDay: 3 },
    })
    expect(written(verdict)).toMatchObject({
      quota: 'bookingsPerDay',
      message:
        'You have created 3 bookings in the last 24 hours, the most we accept; try again after 1 December 2026, 01:00 (Amsterdam time) or contact us.',
      retryAfterSeconds: 2 * 60 * 60,
    })
  })

  it('should tell the later moment when both windows are full', () => {
    // Hour: full until 30 minutes from now; day: full until the booking of 20 hours ago ages out (+4h).
    const verdict = checkBookingQuota({
      now,
      recentCreatedAt: [ago(20 * 60), ago(30), ago(10)],
      limits: { bookingsPerHour: 2, bookingsPerDay: 3 },
    })
    expect(verdict).toMatchObject({ quota: 'bookingsPerDay', retryAfterSeconds: 4 * 60 * 60 })
  })

  it('should refuse without a time when a limit is below one', () => {
    const verdict = checkBookingQuota({
      now,
      recentCreatedAt: [],
      limits: { bookingsPerHour: 0, bookingsPerDay: 30 },
    })
    expect(written(verdict)).toEqual({
      allowed: false,
      quota: 'bookingsPerHour',
      limit: 0,
      message: 'We are not accepting bookings online at the moment; contact us to book.',
      retryAt: null,
      retryAfterSeconds: null,
    })
  })
})

describe('retryTimeLabel', () => {
  it('should round up to the next minute so the time is never early', () => {
    expect(
      renderSentence(retryTimeLabel({ instant: new Date('2026-11-30T13:45:20Z'), now }), 'en'),
    ).toBe('14:46 (Amsterdam time)')
  })

  it('should read the Amsterdam clock in summer time', () => {
    // 1 July 2026: CEST, UTC+2.
    expect(
      renderSentence(
        retryTimeLabel({
          instant: new Date('2026-07-01T12:00:00Z'),
          now: new Date('2026-07-01T11:10:00Z'),
        }),
        'en',
      ),
    ).toBe('14:00 (Amsterdam time)')
  })

  it('should write the time and date in Dutch for a Dutch reader', () => {
    expect(
      renderSentence(retryTimeLabel({ instant: new Date('2026-12-01T00:00:00Z'), now }), 'nl'),
    ).toBe('1 december 2026, 01:00 (Nederlandse tijd)')
  })
})

describe('checkDeliveryQuota', () => {
  const limits = {
    deliveriesPerBooking: defaultQuotaSettings.deliveriesPerBooking,
    deliveryBytesPerBooking: defaultQuotaSettings.deliveryBytesPerBooking,
  }

  it('should accept the 20th delivery', () => {
    expect(
      checkDeliveryQuota({ count: 19, storedBytes: 19 * MB, incomingBytes: MB, limits }),
    ).toEqual({ allowed: true })
  })

  it('should refuse the 21st delivery without a retry time', () => {
    expect(
      written(checkDeliveryQuota({ count: 20, storedBytes: 20 * MB, incomingBytes: MB, limits })),
    ).toEqual({
      allowed: false,
      quota: 'deliveriesPerBooking',
      limit: 20,
      message:
        'This booking already has 20 deliveries, the most we accept for one booking; contact us if it needs more.',
      retryAt: null,
      retryAfterSeconds: null,
    })
  })

  it('should accept a file that brings the total exactly to the size limit', () => {
    expect(
      checkDeliveryQuota({ count: 3, storedBytes: 4 * GB, incomingBytes: GB, limits }).allowed,
    ).toBe(true)
  })

  it('should refuse a file that takes the total over the size limit', () => {
    expect(
      written(
        checkDeliveryQuota({ count: 3, storedBytes: 4.5 * GB, incomingBytes: 600 * MB, limits }),
      ),
    ).toMatchObject({
      quota: 'deliveryBytesPerBooking',
      limit: 5 * GB,
      message:
        "This file (600 MB) would bring this booking's deliveries to 5.1 GB, over the 5 GB we accept for one booking; contact us if it needs more.",
      retryAfterSeconds: null,
    })
  })
})

describe('formatBytes', () => {
  it('should show whole units without decimals', () => {
    expect(formatBytes(5 * GB)).toBe('5 GB')
  })

  it('should show one decimal when the size is not a whole unit', () => {
    expect(formatBytes(1.5 * GB)).toBe('1.5 GB')
  })

  it('should use MB below a gigabyte', () => {
    expect(formatBytes(300 * MB)).toBe('300 MB')
  })
})
