/**
 * Quotas (issue 11, item 7; OWASP ASVS 5.0 §2.4 "anti-automation"): how many bookings a customer
 * may create per hour and per day, and how many deliveries — and how many bytes of them — one booking
 * may hold. Pure rules: the caller counts in the database (inside the create's transaction, so racing
 * requests see each other) and passes the numbers in; this module decides and words the refusal.
 * Windows are rolling (the last 60 minutes, the last 24 hours), not calendar hours or days, so a
 * refusal always comes with the moment a slot frees up. Times are read on the Amsterdam clock.
 */
import type { Sentence } from '@/errors/sentence'

import { agencyDateOf, DAY_MS, HOUR_MS } from './time'

export type QuotaSettings = {
  /** Bookings one customer may create in any rolling 60 minutes. */
  bookingsPerHour: number
  /** Bookings one customer may create in any rolling 24 hours. */
  bookingsPerDay: number
  /** Deliveries (audio versions) one booking may hold. */
  deliveriesPerBooking: number
  /** Total size of one booking's deliveries, in bytes. */
  deliveryBytesPerBooking: number
}

export const MB = 1024 * 1024
export const GB = 1024 * MB

/** The limits when the Quotas global doesn't say (issue 11: 10/hour, 30/day, 20 versions, 5 GB). */
export const defaultQuotaSettings: QuotaSettings = {
  bookingsPerHour: 10,
  bookingsPerDay: 30,
  deliveriesPerBooking: 20,
  deliveryBytesPerBooking: 5 * GB,
}

/** Which limit a refusal is about (also sent to API clients in the error's `data.quota`). */
export type QuotaName = keyof QuotaSettings

export type QuotaVerdict =
  | { allowed: true }
  | {
      allowed: false
      quota: QuotaName
      limit: number
      /** The sentence for the person refused (`quota.*` in the errors catalogue). */
      sentence: Sentence
      /** When a new attempt can succeed (null when waiting doesn't help). */
      retryAt: Date | null
      /** Whole seconds from `now` to `retryAt`, at least 1, for the `Retry-After` header; null with it. */
      retryAfterSeconds: number | null
    }

type Refusal = Extract<QuotaVerdict, { allowed: false }>

/**
 * "14:05 (Amsterdam time)" when `instant` is later today in Amsterdam, else the full date and time
 * ("1 December 2026, 14:05 (Amsterdam time)"), as a sentence for the reader's language. The minute
 * is rounded up, so "after 14:05" is never earlier than the real moment.
 */
export const retryTimeLabel = ({ instant, now }: { instant: Date; now: Date }): Sentence => {
  const rounded = new Date(Math.ceil(instant.getTime() / 60_000) * 60_000)
  return {
    key: agencyDateOf(rounded) === agencyDateOf(now) ? 'quota.retryToday' : 'quota.retryLater',
    values: { at: rounded },
  }
}

/** A size as a person reads it: "5 GB", "1.5 GB", "300 MB", "12 KB" (binary units, one decimal at most). */
export const formatBytes = (bytes: number): string => {
  const [unit, size] =
    bytes >= GB
      ? ['GB', GB]
      : bytes >= MB
        ? ['MB', MB]
        : bytes >= 1024
          ? ['KB', 1024]
          : ['bytes', 1]
  const value = Math.round((bytes / size) * 10) / 10
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`
}

const bookingWindows = [
  { quota: 'bookingsPerHour', ms: HOUR_MS, label: 'hour' },
  { quota: 'bookingsPerDay', ms: DAY_MS, label: 'day' },
] as const

/**
 * May a customer create one more booking at `now`? `recentCreatedAt` holds the creation times of
 * their bookings of (at least) the last 24 hours, in any order. A window is full when it already
 * holds `limit` bookings; the next one fits once enough of them have aged out of it: with n inside,
 * when the (n − limit + 1)-th oldest is a full window old. When both windows are full, the later
 * moment counts. A limit below 1 refuses without a time (only the agency can help).
 * Output: `{ allowed: true }` or the refusal with its sentence and retry moment.
 */
export const checkBookingQuota = ({
  now,
  recentCreatedAt,
  limits,
}: {
  now: Date
  recentCreatedAt: readonly Date[]
  limits: Pick<QuotaSettings, 'bookingsPerHour' | 'bookingsPerDay'>
}): QuotaVerdict => {
  const refusals = bookingWindows.flatMap((window): Refusal[] => {
    const limit = limits[window.quota]
    const inside = recentCreatedAt
      .map((d) => d.getTime())
      // No upper bound: a booking stamped a moment "later" by another instance's clock still counts.
      .filter((t) => t > now.getTime() - window.ms)
      .sort((a, b) => a - b)
    if (inside.length < limit) return []
    const count = inside.length
    const retryAt = limit >= 1 ? new Date(inside[count - limit] + window.ms) : null
    return [
      {
        allowed: false,
        quota: window.quota,
        limit,
        sentence:
          retryAt === null
            ? { key: 'quota.bookingsClosed' }
            : {
                key: 'quota.bookingsWindow',
                values: {
                  count,
                  window: window.label,
                  retry: retryTimeLabel({ instant: retryAt, now }),
                },
              },
        retryAt,
        retryAfterSeconds: retryAt
          ? Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000))
          : null,
      },
    ]
  })
  // The refusal that lasts longest is the one to tell: no time at all, else the latest time.
  const rank = (r: Refusal) => r.retryAt?.getTime() ?? Number.POSITIVE_INFINITY
  return refusals.reduce<QuotaVerdict>(
    (worst, r) => (worst.allowed || rank(r) > rank(worst) ? r : worst),
    { allowed: true },
  )
}

/**
 * May one more delivery of `incomingBytes` be added to a booking that holds `count` deliveries of
 * `storedBytes` in total? Refused when the booking already holds `deliveriesPerBooking`, or when the
 * new file would take the total over `deliveryBytesPerBooking` (a total exactly at the limit is
 * accepted). Waiting doesn't help here, so a refusal has no retry moment.
 */
export const checkDeliveryQuota = ({
  count,
  storedBytes,
  incomingBytes,
  limits,
}: {
  count: number
  storedBytes: number
  incomingBytes: number
  limits: Pick<QuotaSettings, 'deliveriesPerBooking' | 'deliveryBytesPerBooking'>
}): QuotaVerdict => {
  const refuse = (quota: QuotaName, limit: number, sentence: Sentence): Refusal => ({
    allowed: false,
    quota,
    limit,
    sentence,
    retryAt: null,
    retryAfterSeconds: null,
  })
  if (count >= limits.deliveriesPerBooking) {
    return refuse('deliveriesPerBooking', limits.deliveriesPerBooking, {
      key: 'quota.deliveryCount',
      values: { count },
    })
  }
  if (storedBytes + incomingBytes > limits.deliveryBytesPerBooking) {
    return refuse('deliveryBytesPerBooking', limits.deliveryBytesPerBooking, {
      key: 'quota.deliveryBytes',
      values: {
        size: formatBytes(incomingBytes),
        total: formatBytes(storedBytes + incomingBytes),
        limit: formatBytes(limits.deliveryBytesPerBooking),
      },
    })
  }
  return { allowed: true }
}
