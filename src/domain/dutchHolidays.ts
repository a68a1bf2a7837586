import Holidays from 'date-holidays'

/** A calendar day as an ISO 8601 calendar date, `YYYY-MM-DD`, with no time and no zone. */
export type CalendarDate = string

export type DutchHoliday = { date: CalendarDate; name: string }

/** Liberation Day (5 May) is a day off at the agency only in lustrum years: 2025, 2030, … */
export const isLustrumYear = (year: number): boolean => year % 5 === 0

// The maintained calendar (date-holidays, sourced from rijksoverheid.nl) knows the movable feasts and
// the King's Day rule; its `public` type is the set of general days off (Good Friday is `school` there).
const calendar = new Holidays('NL', { languages: ['en'], types: ['public'] })
const byYear = new Map<number, DutchHoliday[]>()

/**
 * The Dutch public holidays the agency closes on in `year`, sorted by date: New Year's Day, Easter
 * Sunday and Monday, King's Day (27 April, or Saturday 26 April when the 27th is a Sunday), Ascension
 * Day, Whit Sunday and Monday, Christmas Day and Boxing Day — the `public` days of the date-holidays
 * calendar — plus Liberation Day (5 May) in lustrum years only (the agency's choice, following the
 * common collective-agreement rule). Good Friday is not a general day off in the Netherlands and is
 * not included; the agency can add it as a closure day. Sundays are listed too (they are weekend days
 * anyway). Input: a Gregorian year; output: `{ date: 'YYYY-MM-DD', name }` in English.
 */
export const dutchPublicHolidays = (year: number): DutchHoliday[] => {
  const cached = byYear.get(year)
  if (cached) return cached
  const days: DutchHoliday[] = calendar
    .getHolidays(year)
    .filter((h) => h.type === 'public' && !h.substitute)
    // `date` is "YYYY-MM-DD hh:mm:ss" on the Dutch calendar, whatever the server's TZ.
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
  if (isLustrumYear(year)) days.push({ date: `${year}-05-05`, name: 'Liberation Day' })
  days.sort((a, b) => a.date.localeCompare(b.date))
  byYear.set(year, days)
  return days
}

/** The English name of the Dutch public holiday on `date` (`YYYY-MM-DD`), or null on other days. */
export const dutchHolidayOn = (date: CalendarDate): string | null =>
  dutchPublicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date)?.name ?? null
