/**
 * Deadlines count working days (Monday–Friday) in the agency's time zone, so a script that arrives on
 * Friday evening in Amsterdam with a 1-day turnaround is due Monday evening — whatever the server's TZ.
 */
export const AGENCY_TIME_ZONE = 'Europe/Amsterdam'

const weekdayFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: AGENCY_TIME_ZONE,
  weekday: 'short',
})

const isWeekend = (instant: Date): boolean => {
  const day = weekdayFormatter.format(instant)
  return day === 'Sat' || day === 'Sun'
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `from` plus `days` working days, keeping the time of day (24-hour steps; DST shifts ignored).
 * Something that arrives during the weekend counts from Monday at the same time.
 */
export const addWorkingDays = (from: Date, days: number): Date => {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError('days must be a non-negative integer')
  let result = new Date(from.getTime())
  while (isWeekend(result)) result = new Date(result.getTime() + DAY_MS)
  let remaining = days
  while (remaining > 0) {
    result = new Date(result.getTime() + DAY_MS)
    if (!isWeekend(result)) remaining -= 1
  }
  return result
}

/** The deadline for a booking whose script arrived at `receivedAt`. Rush orders get one working day. */
export const computeDeadline = ({
  receivedAt,
  turnaroundDays,
  rush,
}: {
  receivedAt: Date
  turnaroundDays: number
  rush: boolean
}): Date => addWorkingDays(receivedAt, rush ? 1 : Math.max(1, turnaroundDays))
