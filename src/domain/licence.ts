import type { UsageTerm } from './pricing'
import type { CalendarDate } from './time'
import { addCalendarDays, agencyDateOf, atAgencyTime } from './time'

/**
 * The usage licence a completed booking grants: how long it runs, when its holder is reminded, when
 * it lapses, what renewing it costs. Pure (no Payload import): the services pass the clock and the
 * stored values in. Every period is counted on the Amsterdam calendar (`domain/time.ts`), so a
 * licence ends at the end of an agency day whatever the server's time zone or a DST change.
 */

/** `cancelled`: its booking was cancelled after completion (credit note); the right is withdrawn. */
export const licenceStatuses = ['active', 'expired', 'renewed', 'cancelled'] as const
export type LicenceStatus = (typeof licenceStatuses)[number]

/** Months each limited term runs; `perpetual` has no end. */
export const termMonths: Record<UsageTerm, number | null> = {
  '3_months': 3,
  '6_months': 6,
  '12_months': 12,
  perpetual: null,
}

/** Days before the end at which the customer is reminded, largest first. */
export const LICENCE_REMINDER_DAYS = [30, 7] as const
export type LicenceReminderDays = (typeof LICENCE_REMINDER_DAYS)[number]

/** The renewal's default price: 100 % of the original usage fee. */
export const DEFAULT_RENEWAL_PERCENT = 100

const daysInMonth = (year: number, month1: number): number =>
  new Date(Date.UTC(year, month1, 0)).getUTCDate()

/**
 * `date` plus `months` calendar months; a day the target month lacks becomes its last day
 * (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year).
 */
export const addCalendarMonths = (date: CalendarDate, months: number): CalendarDate => {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month1 = (index % 12) + 1
  const day = Math.min(d, daysInMonth(year, month1))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${year}-${pad(month1)}-${pad(day)}`
}

/** The last millisecond of `date` on the Amsterdam wall clock (23:59:59.999, CET or CEST). */
export const endOfAgencyDay = (date: CalendarDate): Date =>
  new Date(atAgencyTime({ date: addCalendarDays(date, 1), time: '00:00' }).getTime() - 1)

/**
 * The last Amsterdam day of a licence of `months` months starting on `start`: the day before the
 * same date `months` later (a 12-month licence from 30 Nov 2026 covers up to and including
 * 29 Nov 2027), or, when that month has no such date, its last day (31 Jan + 1 month: 28/29 Feb).
 */
export const lastLicenceDay = (start: CalendarDate, months: number): CalendarDate => {
  const same = addCalendarMonths(start, months)
  const clamped = same.slice(8, 10) !== start.slice(8, 10)
  return clamped ? same : addCalendarDays(same, -1)
}

/**
 * The period a licence of `term` covers when it starts at `startsAt`.
 * Rule (the usage licence as licensing practice counts it): `term` whole months, so it runs to the
 * end of the Amsterdam day before the same date `term` months later (`lastLicenceDay`), 23:59:59.999
 * Amsterdam time. Perpetual: `endsAt` null. Input: an instant and a usage term; output instants.
 */
export const licencePeriod = ({
  startsAt,
  term,
}: {
  startsAt: Date
  term: UsageTerm
}): { startsAt: Date; endsAt: Date | null } => {
  const months = termMonths[term]
  if (months === null) return { startsAt, endsAt: null }
  return {
    startsAt,
    endsAt: endOfAgencyDay(lastLicenceDay(agencyDateOf(startsAt), months)),
  }
}

/**
 * When a renewal starts: the instant after the old licence ends (00:00 Amsterdam time the next
 * day), or `now` when it has lapsed already (a lapsed licence's gap is not bought back). Throws
 * RangeError for a perpetual licence (nothing to renew).
 */
export const renewalStart = ({ endsAt, now }: { endsAt: Date | null; now: Date }): Date => {
  if (!endsAt) throw new RangeError('A perpetual licence is not renewed')
  return endsAt.getTime() > now.getTime() ? new Date(endsAt.getTime() + 1) : now
}

/**
 * The moment the customer's reminder `days` days before the end is due: the start (00:00, Amsterdam)
 * of the calendar day `days` days before the licence's last day — so the daily sweep sends it on
 * that day, not a day late (a licence ending 15 March is reminded from 00:00 on 13 February and
 * 8 March).
 */
export const reminderAt = ({ endsAt, days }: { endsAt: Date; days: number }): Date =>
  atAgencyTime({ date: addCalendarDays(agencyDateOf(endsAt), -days), time: '00:00' })

/**
 * Which reminder is due now for a licence ending at `endsAt`, given the ones already sent: the
 * latest threshold (30, then 7 days before) that `now` has passed and that was not sent; a
 * threshold overtaken by a later one is skipped (a sweep that first runs 5 days before the end
 * sends the 7-day reminder only). Null when none is due, when the licence has ended, or when it is
 * perpetual (`endsAt` null: never reminded).
 */
export const dueReminder = ({
  endsAt,
  now,
  sent,
}: {
  endsAt: Date | null
  now: Date
  sent: readonly number[]
}): LicenceReminderDays | null => {
  if (!endsAt || now.getTime() >= endsAt.getTime()) return null
  const passed = LICENCE_REMINDER_DAYS.filter(
    (days) => now.getTime() >= reminderAt({ endsAt, days }).getTime(),
  )
  const latest = passed[passed.length - 1]
  if (latest === undefined || sent.some((s) => s <= latest)) return null
  return latest
}

/** True once an active licence's end has passed (perpetual ones never lapse). */
export const hasLapsed = ({ endsAt, now }: { endsAt: Date | null; now: Date }): boolean =>
  endsAt !== null && now.getTime() > endsAt.getTime()

/**
 * What a renewal costs excl. VAT, in integer cents: `percent` % of the original usage fee (the
 * usage-licence line of the booking that first granted the licence), rounded to the cent.
 */
export const renewalFeeCents = ({
  usageFeeCents,
  percent,
}: {
  usageFeeCents: number
  percent: number
}): number => Math.round((usageFeeCents * percent) / 100)

/** True when `value` is a whole renewal percentage between 0 and 1000. */
export const isRenewalPercent = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000
