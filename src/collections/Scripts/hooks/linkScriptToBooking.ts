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
    refusal: 'Only the customer who made this booking can upload its script.',
  })
  if (booking.status === 'cancelled') {
    throw new UserError('This booking was cancelled: it takes no script any more.', 409)
  }
  if (booking.status !== 'pending_script') {
    throw new UserError(
      'This booking already has its script, and the artist works from it. To change it, write to the agency.',
      409,
    )
  }
  return {
    ...data,
    booking: booking.id,
    customer: relationId(booking.customer),
    artist: relationId(booking.artist),
    uploadedBy: req.user?.id ?? null,
  }
}
