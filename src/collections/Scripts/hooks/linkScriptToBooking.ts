import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { checkRole } from '@/access/checkRole'
import { relationId } from '@/collections/Bookings/actorFor'
import { slugs } from '@/slugs'

/**
 * A script belongs to exactly one booking, uploaded by that booking's customer (or an admin) while
 * the booking waits for it. Customer and artist are copied from the booking so that read access is
 * a plain filter.
 */
export const linkScriptToBooking: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const bookingId = relationId(data.booking)
  if (bookingId === null || bookingId === '') {
    throw new APIError(
      'Say which booking this script is for (field "booking").',
      400,
      undefined,
      true,
    )
  }
  const found = await req.payload.find({
    collection: slugs.bookings,
    where: { id: { equals: bookingId } },
    depth: 0,
    limit: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const booking = found.docs[0]
  if (!booking) throw new APIError('Booking not found.', 404, undefined, true)
  const isCustomer = String(relationId(booking.customer)) === String(req.user?.id)
  if (!isCustomer && !checkRole(['admin'], req.user)) {
    throw new APIError(
      'Only the customer who made this booking can upload its script.',
      403,
      undefined,
      true,
    )
  }
  if (booking.status !== 'pending_script') {
    throw new APIError(
      `This booking already has a script (status ${booking.status}).`,
      409,
      undefined,
      true,
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
