/**
 * Booking references: the human number a customer quotes on the phone and sees in emails
 * ("BK-2026-00042"). Pure: the sequence comes from the `counters` collection (one gap-free counter per
 * calendar year in Amsterdam, moved in the booking's own transaction by `nextCounterValue`).
 * The `BK` prefix keeps references apart from invoice numbers ("14V-2026-0001"), which a customer
 * would otherwise confuse with them in the same email.
 */

import { AGENCY_TIME_ZONE } from './time'

export const BOOKING_REFERENCE_PREFIX = 'BK'

const yearIn = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: AGENCY_TIME_ZONE })

/** The calendar year in Amsterdam of `instant` — a booking made at 00:30 on 1 January counts in the new year. */
export const bookingReferenceYear = (instant: Date): number => Number(yearIn.format(instant))

/** The `counters.key` of a year's booking sequence: `booking:2026`. */
export const bookingReferenceCounterKey = (year: number): string => `booking:${year}`

/**
 * "BK-2026-00042" from year 2026 and sequence 42: five digits, growing past them rather than
 * wrapping. Throws `RangeError` for a sequence below 1 or a non-integer year/sequence.
 */
export const formatBookingReference = ({
  year,
  sequence,
}: {
  year: number
  sequence: number
}): string => {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError('sequence must be a positive integer')
  }
  if (!Number.isInteger(year)) throw new RangeError('year must be an integer')
  return `${BOOKING_REFERENCE_PREFIX}-${year}-${String(sequence).padStart(5, '0')}`
}

const referencePattern = /^BK-(\d{4})-(\d{5,})$/

/**
 * The year and sequence of a well-formed reference, or `null` — e.g. to sort references or to
 * recognise one typed into a search box.
 */
export const parseBookingReference = (value: string): { year: number; sequence: number } | null => {
  const match = referencePattern.exec(value.trim().toUpperCase())
  if (!match) return null
  const sequence = Number(match[2])
  return sequence >= 1 ? { year: Number(match[1]), sequence } : null
}
