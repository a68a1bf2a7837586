import type { CollectionBeforeChangeHook } from 'payload'

import { nextCounterValue } from '@/db/atomicIncrement'
import {
  bookingReferenceCounterKey,
  bookingReferenceYear,
  formatBookingReference,
} from '@/domain/bookingReference'
import type { Booking } from '@/payload-types'

/**
 * On create, the server gives the booking its human reference ("BK-2026-00042") from the year's
 * counter, in the booking's own transaction: a rolled-back create (a lost idempotency race, a quota
 * refusal later on) gives the number back, and concurrent bookings each get their own. Whatever the
 * request said about `reference` is overwritten.
 */
export const assignReference: CollectionBeforeChangeHook<Booking> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const year = bookingReferenceYear(new Date())
  const sequence = await nextCounterValue({ req, key: bookingReferenceCounterKey(year) })
  return { ...data, reference: formatBookingReference({ year, sequence }) }
}
