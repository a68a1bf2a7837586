import type { CollectionBeforeChangeHook } from 'payload'

import { UserError } from '@/errors/UserError'
import { relationId } from '@/collections/Bookings/actorFor'
import { findBookingForUpload } from '@/collections/Bookings/findBookingForUpload'

/**
 * A script belongs to exactly one booking, uploaded by that booking's customer (or an admin) while
 * the booking waits for it. Customer and artist are copied from the booking so that read access is
 * a plain filter.
 */
export const linkScriptToBooking: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const booking = await findBookingForUpload({
    req,
    bookingRef: data.booking,
    party: 'customer',
    what: 'script',
    refusal: { key: 'booking.onlyCustomerUploadsScript' },
  })
  if (booking.status === 'cancelled') {
    throw new UserError({ key: 'script.bookingCancelled' }, 409)
  }
  if (booking.status !== 'pending_script') {
    throw new UserError({ key: 'script.alreadyHasScript' }, 409)
  }
  return {
    ...data,
    booking: booking.id,
    customer: relationId(booking.customer),
    artist: relationId(booking.artist),
    uploadedBy: req.user?.id ?? null,
  }
}
