/**
 * Personal-data rules (GDPR art. 5(1)(e) storage limitation, art. 17 erasure, art. 20 portability;
 * issue 12): how long private files of a finished booking are kept, what an erased account looks
 * like, and which bookings keep an artist from erasing their account. Pure: callers read the clock,
 * the settings and the database, and pass them in.
 */
import type { BookingStatus } from './bookingStatus'
import { addAgencyDays, DAY_MS, HOUR_MS } from './time'

/** Days a completed booking's scripts and deliveries are kept when the Privacy global doesn't say. */
export const DEFAULT_PRIVATE_FILE_RETENTION_DAYS = 90

/**
 * The name an erased account keeps, so bookings and the admin panel still show a party: "Deleted
 * customer" for customers, "Deleted artist" and "Deleted admin" for the others.
 */
export const erasedName = (role: 'admin' | 'customer' | 'voiceover'): string =>
  ({ customer: 'Deleted customer', voiceover: 'Deleted artist', admin: 'Deleted admin' })[role]

/**
 * The address an erased account keeps: unique per user id (the column is unique) and in the
 * `.invalid` top-level domain (RFC 2606), which never receives mail.
 */
export const erasedEmail = (userId: number | string): string => `deleted-${userId}@erased.invalid`

/**
 * When a booking completed at `completedAt` loses its private files: `days` calendar days later at
 * the same Amsterdam wall-clock time (as auto-approval counts days).
 */
export const purgeDate = ({ completedAt, days }: { completedAt: Date; days: number }): Date =>
  addAgencyDays({ from: completedAt, days })

/** True once `now` has reached the purge date of a booking completed at `completedAt`. */
export const isDueForPurge = ({
  completedAt,
  now,
  days,
}: {
  completedAt: Date
  now: Date
  days: number
}): boolean => now.getTime() >= purgeDate({ completedAt, days }).getTime()

/**
 * A bound for the database query: every booking due for purging at `now` completed at or before
 * this moment. `days` Amsterdam days last at least 24 × days − 1 hours, so the bound is an hour
 * generous around a DST change — callers confirm each candidate with `isDueForPurge`.
 */
export const purgeCutoff = ({ now, days }: { now: Date; days: number }): Date =>
  new Date(now.getTime() - days * DAY_MS + HOUR_MS)

/** Statuses after which a booking needs nothing more from its artist. */
const FINISHED: readonly BookingStatus[] = ['completed', 'cancelled']

/** True while a booking still needs its artist (anything but completed or cancelled). */
export const needsArtist = (status: BookingStatus): boolean => !FINISHED.includes(status)
