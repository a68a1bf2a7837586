import { afterEach, describe, expect, it } from 'vitest'

import { dutchPublicHolidays } from './dutchHolidays'
import {
  addCalendarDays,
  addWorkingDays,
  agencyDateOf,
  AGENCY_TIME_ZONE,
  atAgencyTime,
  calendarDateOfStored,
  computeDeadline,
  isCalendarDate,
  isTimeOfDay,
  isWorkingDay,
  nonWorkingReason,
  weekdayOf,
} from './time'

// Amsterdam is UTC+1 (CET) in winter and UTC+2 (CEST) from the last Sunday of March, 02:00 CET, to
// the last Sunday of October, 03:00 CEST. Expected instants below are written in UTC from that rule.

const SUNDAY = 0
const SATURDAY = 6
const isWeekend = (date: string) => [SUNDAY, SATURDAY].includes(weekdayOf(date))

/** Easter Sunday per the ecclesiastical calendar (published tables), 2025–2031. */
const easterSunday: Record<number, string> = {
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
}

/** The agency's days off in `year` on weekdays, derived from the rules in the brief. */
const expectedWeekdayHolidays = (year: number): string[] => {
  const easter = easterSunday[year]
  const kingsDay = weekdayOf(`${year}-04-27`) === SUNDAY ? `${year}-04-26` : `${year}-04-27`
  const days = [
    `${year}-01-01`,
    addCalendarDays(easter, 1), // Easter Monday
    kingsDay,
    ...(year % 5 === 0 ? [`${year}-05-05`] : []), // Liberation Day, lustrum years only
    addCalendarDays(easter, 39), // Ascension Day
    addCalendarDays(easter, 50), // Whit Monday
    `${year}-12-25`,
    `${year}-12-26`,
  ]
  return days.filter((d) => !isWeekend(d)).sort()
}

const everyDayOf = (year: number): string[] => {
  const days: string[] = []
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addCalendarDays(d, 1)) days.push(d)
  return days
}

describe('Dutch public holidays', () => {
  it.each([2025, 2026, 2027, 2028, 2029, 2030, 2031])(
    'should close on exactly the rule-given weekdays in %i',
    (year) => {
      const closedWeekdays = everyDayOf(year).filter(
        (date) => !isWeekend(date) && !isWorkingDay({ date }),
      )
      expect(closedWeekdays).toEqual(expectedWeekdayHolidays(year))
    },
  )

  it('should keep King’s Day 2025 on Saturday 26 April because 27 April 2025 is a Sunday', () => {
    const dates = dutchPublicHolidays(2025).map((h) => h.date)
    expect(dates).toContain('2025-04-26')
    expect(dates).not.toContain('2025-04-27')
    expect(weekdayOf('2025-04-26')).toBe(SATURDAY)
  })

  it('should give the 2026 movable feasts on their published dates', () => {
    expect(nonWorkingReason({ date: '2026-04-06' })).not.toBeNull() // Easter Monday
    expect(nonWorkingReason({ date: '2026-05-14' })).not.toBeNull() // Ascension Day
    expect(nonWorkingReason({ date: '2026-05-25' })).not.toBeNull() // Whit Monday
  })

  it('should treat Liberation Day as a day off in lustrum years only', () => {
    expect(isWorkingDay({ date: '2025-05-05' })).toBe(false) // Monday, 2025 is a lustrum year
    expect(isWorkingDay({ date: '2026-05-05' })).toBe(true) // Tuesday
    expect(dutchPublicHolidays(2030).map((h) => h.date)).toContain('2030-05-05')
    expect(dutchPublicHolidays(2031).map((h) => h.date)).not.toContain('2031-05-05')
  })

  it('should keep Good Friday a working day', () => {
    expect(isWorkingDay({ date: '2026-04-03' })).toBe(true)
  })

  it('should close on Christmas Day and Boxing Day but not on Christmas Eve', () => {
    expect(isWorkingDay({ date: '2026-12-24' })).toBe(true)
    expect(isWorkingDay({ date: '2026-12-25' })).toBe(false)
    expect(isWorkingDay({ date: '2027-12-27' })).toBe(true) // no substitute Monday for a weekend Christmas
  })
})

describe('closure days', () => {
  it('should not work on a closure day', () => {
    expect(nonWorkingReason({ date: '2026-12-24', closureDays: ['2026-12-24'] })).toBe('closure')
  })

  it('should skip closure days when counting working days', () => {
    expect(addWorkingDays({ date: '2026-12-21', days: 3 })).toBe('2026-12-24')
    expect(
      addWorkingDays({ date: '2026-12-21', days: 3, closureDays: ['2026-12-22', '2026-12-23'] }),
    ).toBe('2026-12-29')
  })

  it('should read the picked day from a stored Payload date whatever the picker’s zone', () => {
    expect(calendarDateOfStored('2026-12-24T12:00:00.000Z')).toBe('2026-12-24') // the day picker
    expect(calendarDateOfStored('2026-12-24T00:00:00.000Z')).toBe('2026-12-24') // a bare date via the API
  })
})

describe('computeDeadline', () => {
  const deadline = (receivedAt: string, turnaroundDays: number, extra = {}) =>
    computeDeadline({
      receivedAt: new Date(receivedAt),
      turnaroundDays,
      rush: false,
      ...extra,
    }).toISOString()

  it('should stay at 18:00 Amsterdam time across the October DST change', () => {
    // Fri 24 Oct 2025 15:00 CEST + 2 working days → Tue 28 Oct 2025 18:00 CET.
    expect(deadline('2025-10-24T13:00:00Z', 2)).toBe('2025-10-28T17:00:00.000Z')
  })

  it('should stay at 18:00 Amsterdam time across the March DST change', () => {
    // Fri 27 Mar 2026 10:00 CET + 1 working day → Mon 30 Mar 2026 18:00 CEST.
    expect(deadline('2026-03-27T09:00:00Z', 1)).toBe('2026-03-30T16:00:00.000Z')
  })

  it('should count from today when the script arrives before the end of day', () => {
    // Thu 26 Nov 2026 17:59 CET + 1 → Fri 27 Nov 18:00 CET.
    expect(deadline('2026-11-26T16:59:00Z', 1)).toBe('2026-11-27T17:00:00.000Z')
  })

  it('should count from the next working day when the script arrives at or after the end of day', () => {
    // Thu 26 Nov 2026 18:00 CET: day 0 is Friday, + 1 → Mon 30 Nov 18:00 CET.
    expect(deadline('2026-11-26T17:00:00Z', 1)).toBe('2026-11-30T17:00:00.000Z')
  })

  it('should use the Amsterdam calendar day, not the UTC one', () => {
    // Fri 27 Nov 2026 23:30 UTC is Sat 00:30 in Amsterdam: day 0 is Monday, due Tuesday 18:00 CET.
    expect(deadline('2026-11-27T23:30:00Z', 1)).toBe('2026-12-01T17:00:00.000Z')
  })

  it('should count a weekend arrival from Monday', () => {
    // Sat 28 Nov 2026 10:00 CET: day 0 Mon 30 Nov, + 3 → Thu 3 Dec 18:00 CET.
    expect(deadline('2026-11-28T09:00:00Z', 3)).toBe('2026-12-03T17:00:00.000Z')
  })

  it('should not land on Christmas', () => {
    // Wed 23 Dec 2026 10:00 + 2: Thu 24, (Fri 25, Sat, Sun) Mon 28 Dec 18:00 CET.
    expect(deadline('2026-12-23T09:00:00Z', 2)).toBe('2026-12-28T17:00:00.000Z')
  })

  it('should skip the closure days it is given', () => {
    expect(deadline('2026-12-23T09:00:00Z', 2, { closureDays: ['2026-12-24'] })).toBe(
      '2026-12-29T17:00:00.000Z',
    )
  })

  it('should count an arrival on a closure day from the next working day', () => {
    // Closed Mon 30 Nov 2026: a script at 10:00 that day counts from Tue 1 Dec, + 1 → Wed 2 Dec.
    expect(deadline('2026-11-30T09:00:00Z', 1, { closureDays: ['2026-11-30'] })).toBe(
      '2026-12-02T17:00:00.000Z',
    )
  })

  it('should follow the agency’s end of day', () => {
    // 17:30 end of day: 17:45 is after it, so Thu 26 Nov 17:45 CET + 1 → Mon 30 Nov 17:30 CET.
    expect(deadline('2026-11-26T16:45:00Z', 1, { endOfDay: '17:30' })).toBe(
      '2026-11-30T16:30:00.000Z',
    )
  })

  it('should give rush orders one working day whatever the turnaround', () => {
    const thursday = new Date('2026-11-26T10:00:00Z')
    expect(
      computeDeadline({ receivedAt: thursday, turnaroundDays: 5, rush: true }).toISOString(),
    ).toBe('2026-11-27T17:00:00.000Z')
  })

  it('should give at least one working day when the turnaround is zero', () => {
    expect(deadline('2026-11-26T10:00:00Z', 0)).toBe('2026-11-27T17:00:00.000Z')
  })
})

describe('independence from the server time zone', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Europe/Amsterdam'])(
    'should give the same deadlines and dates under TZ=%s',
    (tz) => {
      process.env.TZ = tz
      expect(
        computeDeadline({
          receivedAt: new Date('2025-10-24T13:00:00Z'),
          turnaroundDays: 2,
          rush: false,
        }).toISOString(),
      ).toBe('2025-10-28T17:00:00.000Z')
      expect(agencyDateOf(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28')
      expect(atAgencyTime({ date: '2026-03-30', time: '18:00' }).toISOString()).toBe(
        '2026-03-30T16:00:00.000Z',
      )
      expect(isWorkingDay({ date: '2026-12-25' })).toBe(false)
    },
  )
})

describe('wall-clock helpers', () => {
  it('should move a time skipped by the spring change an hour later', () => {
    // 29 Mar 2026: clocks go from 02:00 CET to 03:00 CEST; 02:30 doesn't exist.
    expect(atAgencyTime({ date: '2026-03-29', time: '02:30' }).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    )
  })

  it('should reject malformed dates and times', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false)
    expect(isCalendarDate('2026-02-28')).toBe(true)
    expect(isTimeOfDay('24:00')).toBe(false)
    expect(isTimeOfDay('18:00')).toBe(true)
    expect(() => atAgencyTime({ date: '2026-13-01', time: '18:00' })).toThrow(RangeError)
  })

  it('should name Amsterdam as the agency time zone', () => {
    expect(AGENCY_TIME_ZONE).toBe('Europe/Amsterdam')
  })
})
