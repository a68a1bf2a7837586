import { describe, expect, it } from 'vitest'

import {
  addCalendarMonths,
  dueReminder,
  endOfAgencyDay,
  hasLapsed,
  lastLicenceDay,
  licencePeriod,
  reminderAt,
  renewalFeeCents,
  renewalStart,
} from './licence'

describe('licence periods', () => {
  it('should end at the end of the Amsterdam day before the same date twelve months later', () => {
    // 15 Mar 2026 10:00 CET → up to and including 14 Mar 2027: 23:59:59.999 CET (22:59:59.999 UTC).
    const { endsAt } = licencePeriod({
      startsAt: new Date('2026-03-15T09:00:00Z'),
      term: '12_months',
    })
    expect(endsAt?.toISOString()).toBe('2027-03-14T22:59:59.999Z')
  })

  it('should end on the last day of a shorter month (31 January + 1 month)', () => {
    expect([lastLicenceDay('2026-01-31', 1), lastLicenceDay('2028-01-31', 1)]).toEqual([
      '2026-02-28',
      '2028-02-29',
    ])
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28')
  })

  it('should cover twelve whole months from 30 November (to 29 November)', () => {
    expect([lastLicenceDay('2026-11-30', 12), lastLicenceDay('2026-11-30', 3)]).toEqual([
      '2027-11-29',
      '2027-02-28',
    ])
  })

  it('should cross a year when the months run past December', () => {
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28')
  })

  it('should end at midnight Amsterdam summer time when the end falls after the spring change', () => {
    // Starts in winter (CET), ends in summer (CEST): the end is 21:59:59.999 UTC, not 22:59.
    const { endsAt } = licencePeriod({
      startsAt: new Date('2026-01-15T12:00:00Z'),
      term: '6_months',
    })
    expect(endsAt?.toISOString()).toBe('2026-07-14T21:59:59.999Z')
  })

  it('should count the start day in Amsterdam, not in UTC', () => {
    // 31 Mar 2026 23:30 UTC is already 1 April in Amsterdam (CEST).
    const { endsAt } = licencePeriod({
      startsAt: new Date('2026-03-31T23:30:00Z'),
      term: '3_months',
    })
    expect(endsAt?.toISOString()).toBe('2026-06-30T21:59:59.999Z')
  })

  it('should have no end when perpetual', () => {
    expect(licencePeriod({ startsAt: new Date(), term: 'perpetual' }).endsAt).toBeNull()
  })

  it('should end the day of the autumn change at midnight CET', () => {
    expect(endOfAgencyDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z')
  })
})

describe('licence reminders', () => {
  const endsAt = new Date('2027-03-15T22:59:59.999Z')

  it('should send nothing more than 30 days before the end', () => {
    expect(dueReminder({ endsAt, now: new Date('2027-02-10T12:00:00Z'), sent: [] })).toBeNull()
  })

  it('should send the 30-day reminder once 30 days are left', () => {
    const at = reminderAt({ endsAt, days: 30 })
    expect(dueReminder({ endsAt, now: at, sent: [] })).toBe(30)
    expect(dueReminder({ endsAt, now: at, sent: [30] })).toBeNull()
  })

  it('should send the 7-day reminder after the 30-day one', () => {
    const now = reminderAt({ endsAt, days: 7 })
    expect(dueReminder({ endsAt, now, sent: [30] })).toBe(7)
    expect(dueReminder({ endsAt, now, sent: [30, 7] })).toBeNull()
  })

  it('should skip the 30-day reminder when the 7-day one is due already', () => {
    expect(dueReminder({ endsAt, now: new Date('2027-03-12T12:00:00Z'), sent: [] })).toBe(7)
  })

  it('should be due from the start of the Amsterdam day, across the DST change', () => {
    // 30 days before 15 Mar is 13 Feb, 00:00 CET; 7 days before 2 Apr (summer) is 26 Mar, 00:00 CET
    // (the clocks go forward on 28 Mar 2027).
    expect(reminderAt({ endsAt, days: 30 }).toISOString()).toBe('2027-02-12T23:00:00.000Z')
    const summerEnd = new Date('2027-04-02T21:59:59.999Z')
    expect(reminderAt({ endsAt: summerEnd, days: 7 }).toISOString()).toBe(
      '2027-03-25T23:00:00.000Z',
    )
  })

  it('should never remind for a perpetual licence', () => {
    expect(dueReminder({ endsAt: null, now: new Date('2099-01-01'), sent: [] })).toBeNull()
  })

  it('should remind no more once the licence has ended', () => {
    expect(dueReminder({ endsAt, now: new Date('2027-03-16T00:00:00Z'), sent: [] })).toBeNull()
  })
})

describe('lapsing and renewal', () => {
  const endsAt = new Date('2027-03-15T22:59:59.999Z')

  it('should lapse only after the end', () => {
    expect(hasLapsed({ endsAt, now: endsAt })).toBe(false)
    expect(hasLapsed({ endsAt, now: new Date('2027-03-15T23:00:00Z') })).toBe(true)
    expect(hasLapsed({ endsAt: null, now: new Date('2099-01-01') })).toBe(false)
  })

  it('should start a renewal when the old licence ends, or now when it has lapsed', () => {
    // The next Amsterdam day at 00:00: 16 Mar 2027 00:00 CET is 15 Mar 23:00 UTC.
    expect(renewalStart({ endsAt, now: new Date('2027-03-01T00:00:00Z') }).toISOString()).toBe(
      '2027-03-15T23:00:00.000Z',
    )
    const late = new Date('2027-04-01T08:00:00Z')
    expect(renewalStart({ endsAt, now: late })).toEqual(late)
  })

  it('should refuse to compute a renewal of a perpetual licence', () => {
    expect(() => renewalStart({ endsAt: null, now: new Date() })).toThrow(RangeError)
  })

  it('should price a renewal as a percentage of the original usage fee, to the cent', () => {
    expect(renewalFeeCents({ usageFeeCents: 15_000, percent: 100 })).toBe(15_000)
    expect(renewalFeeCents({ usageFeeCents: 15_001, percent: 50 })).toBe(7_501)
  })
})
