import { TZDate } from '@date-fns/tz'

import type { CalendarDate } from './dutchHolidays'
import { dutchHolidayOn } from './dutchHolidays'

/**
 * The agency's time rules in one place: its time zone, its working days (weekends, Dutch public
 * holidays, the closure days an admin adds) and deadlines at its end of day. Everything is computed
 * on the Amsterdam wall clock, so results do not depend on the server's TZ and a deadline stays at
 * 18:00 across a daylight-saving change.
 */
export type { CalendarDate } from './dutchHolidays'

export const AGENCY_TIME_ZONE = 'Europe/Amsterdam'

export const HOUR_MS = 60 * 60 * 1000
/** 24 hours. Only for durations: calendar days in Amsterdam are 23 or 25 hours twice a year. */
export const DAY_MS = 24 * HOUR_MS

/** When the agency's working day ends if the Pricing global doesn't say (`HH:MM`, Amsterdam time). */
export const DEFAULT_END_OF_DAY = '18:00'

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const timeOfDayPattern = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True for a real `YYYY-MM-DD` date (2026-02-30 is not one). */
export const isCalendarDate = (value: string): boolean => {
  const m = calendarDatePattern.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === value
}

/** True for a 24-hour `HH:MM` time of day (00:00–23:59). */
export const isTimeOfDay = (value: string): boolean => timeOfDayPattern.test(value)

const parseCalendarDate = (date: CalendarDate): [number, number, number] => {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`)
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}

const minutesOf = (time: string): number => {
  const m = timeOfDayPattern.exec(time)
  if (!m) throw new RangeError(`"${time}" is not an HH:MM time of day`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** The calendar date it is in Amsterdam at `instant`. */
export const agencyDateOf = (instant: Date): CalendarDate => {
  const local = new TZDate(instant.getTime(), AGENCY_TIME_ZONE)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`
}

/** Minutes since midnight on the Amsterdam wall clock at `instant` (0–1439). */
export const agencyMinuteOfDay = (instant: Date): number => {
  const local = new TZDate(instant.getTime(), AGENCY_TIME_ZONE)
  return local.getHours() * 60 + local.getMinutes()
}

/**
 * The instant at which Amsterdam's wall clock shows `time` (`HH:MM`) on `date` (`YYYY-MM-DD`).
 * A time skipped by the spring change (02:00–02:59 on the last Sunday of March) lands an hour later;
 * an hour repeated in October resolves to its first occurrence. Throws RangeError on malformed input.
 */
export const atAgencyTime = ({ date, time }: { date: CalendarDate; time: string }): Date => {
  const [y, m, d] = parseCalendarDate(date)
  const minutes = minutesOf(time)
  return new Date(
    new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, AGENCY_TIME_ZONE).getTime(),
  )
}

/** `date` plus `days` calendar days (negative goes back). */
export const addCalendarDays = (date: CalendarDate, days: number): CalendarDate => {
  const [y, m, d] = parseCalendarDate(date)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export const weekdayOf = (date: CalendarDate): number => {
  const [y, m, d] = parseCalendarDate(date)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/**
 * The calendar date an admin picked in a Payload `date` field. Payload's day picker stores the picked
 * day at 12:00 UTC, and a bare `YYYY-MM-DD` sent through the API is stored at 00:00 UTC, so the UTC
 * date is the picked day in both cases, whatever the admin's browser zone.
 */
export const calendarDateOfStored = (stored: string | Date): CalendarDate =>
  new Date(stored).toISOString().slice(0, 10)

export type WorkingCalendar = {
  /** Extra days the agency is closed (`YYYY-MM-DD`), from the Pricing global. */
  closureDays?: readonly CalendarDate[]
}

/**
 * Why the agency doesn't work on `date`: 'weekend', the holiday's name, 'closure', or null on a
 * working day. Holidays per `dutchPublicHolidays` (Liberation Day in lustrum years only; no Good Friday).
 */
export const nonWorkingReason = ({
  date,
  closureDays = [],
}: WorkingCalendar & { date: CalendarDate }): string | null => {
  const weekday = weekdayOf(date)
  if (weekday === 0 || weekday === 6) return 'weekend'
  const holiday = dutchHolidayOn(date)
  if (holiday) return holiday
  return closureDays.includes(date) ? 'closure' : null
}

export const isWorkingDay = (input: WorkingCalendar & { date: CalendarDate }): boolean =>
  nonWorkingReason(input) === null

/**
 * `date` plus `days` working days (Monday–Friday, not a Dutch public holiday, not a closure day).
 * With 0 days: `date` itself when it is a working day, else the next working day.
 * Throws RangeError unless `days` is a non-negative integer.
 */
export const addWorkingDays = ({
  date,
  days,
  closureDays = [],
}: WorkingCalendar & { date: CalendarDate; days: number }): CalendarDate => {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError('days must be a non-negative integer')
  let day = date
  while (!isWorkingDay({ date: day, closureDays })) day = addCalendarDays(day, 1)
  for (let left = days; left > 0;) {
    day = addCalendarDays(day, 1)
    if (isWorkingDay({ date: day, closureDays })) left -= 1
  }
  return day
}

/**
 * The deadline for a booking whose script arrived at `receivedAt`.
 *
 * Rule: day 0 is the Amsterdam calendar day the script arrived when that is a working day and it
 * arrived before the end of day (`endOfDay`, `HH:MM` Amsterdam time, default 18:00); otherwise day 0
 * is the next working day. The deadline is day 0 plus the turnaround in working days (at least 1;
 * rush orders always 1), at the end of day on Amsterdam's wall clock — so it stays at 18:00 across a
 * DST change. Example: Fri 24 Oct 2025 15:00 + 2 → Tue 28 Oct 2025 18:00 CET (17:00 UTC).
 * Working days exclude weekends, Dutch public holidays and the agency's closure days.
 */
export const computeDeadline = ({
  receivedAt,
  turnaroundDays,
  rush,
  endOfDay = DEFAULT_END_OF_DAY,
  closureDays = [],
}: WorkingCalendar & {
  receivedAt: Date
  turnaroundDays: number
  rush: boolean
  endOfDay?: string
}): Date => {
  const arrived = agencyDateOf(receivedAt)
  const inTime =
    isWorkingDay({ date: arrived, closureDays }) &&
    agencyMinuteOfDay(receivedAt) < minutesOf(endOfDay)
  const dayZero = inTime
    ? arrived
    : addWorkingDays({ date: addCalendarDays(arrived, 1), days: 0, closureDays })
  const days = rush ? 1 : Math.max(1, Math.round(turnaroundDays))
  return atAgencyTime({
    date: addWorkingDays({ date: dayZero, days, closureDays }),
    time: endOfDay,
  })
}

/**
 * `from` plus `days` calendar days at the same Amsterdam wall-clock time (10:00 stays 10:00 across a
 * DST change, so the span is 24 × days ± 1 hours). For periods a person counts in days, such as the
 * auto-approval period.
 */
export const addAgencyDays = ({ from, days }: { from: Date; days: number }): Date => {
  const minute = agencyMinuteOfDay(from)
  const hh = String(Math.floor(minute / 60)).padStart(2, '0')
  const mm = String(minute % 60).padStart(2, '0')
  const at = atAgencyTime({ date: addCalendarDays(agencyDateOf(from), days), time: `${hh}:${mm}` })
  // Keep seconds and milliseconds (the wall clock is resolved to the minute).
  return new Date(at.getTime() + (((from.getTime() % 60_000) + 60_000) % 60_000))
}
